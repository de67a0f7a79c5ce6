"""The humblest model: always predict the most common outcome. Every real model must beat it.

ES: El modelo más humilde: predecir siempre el resultado más común. Todo modelo real debe superarlo.
"""

import pandas as pd


def majority_class(status: pd.Series) -> str:
    """The most frequent label; on a tie, the first in alphabetical order.

    ES: La etiqueta más frecuente; si hay empate, la primera en orden alfabético.
    """
    # TODO: count each label (value_counts) and return the most frequent one as a str.
    # POR HACER: cuente cada etiqueta (value_counts) y devuelva la más frecuente como str.
    # On a tie, return the label that comes first alphabetically.
    # ES: Si hay empate, devuelva la etiqueta que va primero en orden alfabético.
    return ""


def baseline_accuracy(train: pd.DataFrame, test: pd.DataFrame) -> float:
    """Accuracy on `test` of always predicting the majority status learned from `train`.

    ES: La exactitud (accuracy) en `test` de predecir siempre el status mayoritario aprendido de `train`.
    """
    # TODO: learn the majority class from train["status"] only (never look at test!),
    # POR HACER: aprenda la clase mayoritaria solo de train["status"] (¡nunca mire test!),
    # then return the share of test rows whose status equals it, as a float.
    # ES: y luego devuelva la proporción de filas de test cuyo status es igual a ella, como float.
    return 0.0
