"""A quality gate: the test a model must pass before it may replace the one in production.

The gate compares the candidate with the champion (the model in production) on the same test
rows, checks that it beats a dummy baseline at all, and checks every age band separately,
because a good average can hide a group the model serves badly.

ES: Una compuerta de calidad: la prueba que un modelo debe pasar antes de reemplazar al que está
en producción. La compuerta compara al candidato con el campeón (el modelo en producción) en las
mismas filas de prueba, revisa que supere a una línea base tonta y revisa cada franja de edad por
aparte, porque un buen promedio puede esconder un grupo al que el modelo atiende mal.
"""

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

from credit_scoring.schema import FEATURE_COLUMNS, target

MIN_LIFT_OVER_BASELINE = 0.05
"""A sanity floor, not a bar: a prior-only dummy always scores ROC AUC 0.5, so this asks for 0.55.
It stops a broken pipeline (swapped labels, a constant model), not a merely weaker model.

ES: Un piso de cordura, no una meta: un dummy que solo conoce la proporción siempre saca ROC AUC
0.5, así que esto pide 0.55. Frena un pipeline dañado (etiquetas invertidas, un modelo constante),
no un modelo apenas más débil."""
MAX_DROP_FROM_CHAMPION = 0.01
"""The candidate may lose at most this much ROC AUC to the champion, on the same test rows.

ES: Lo máximo de ROC AUC que el candidato puede perder frente al campeón, en las mismas filas de prueba."""
MIN_SLICE_AUC = 0.70
"""Every age band must reach this ROC AUC on its own.

ES: Cada franja de edad debe alcanzar este ROC AUC por sí sola."""
AGE_BANDS = {"18-25": (18, 25), "26-35": (26, 35), "36-50": (36, 50), "51+": (51, 200)}
"""Inclusive age limits of each slice.

ES: Los límites de edad de cada franja, incluidos."""


def default_probability(model, applications: pd.DataFrame) -> pd.Series:
    """The model's probability that each applicant defaults (the class 1 column of predict_proba).

    ES: La probabilidad, según el modelo, de que cada solicitante no pague (la columna 1 de predict_proba).
    """
    return pd.Series(model.predict_proba(applications[list(FEATURE_COLUMNS)])[:, 1], index=applications.index)


def quality_gate(model, champion, train: pd.DataFrame, test: pd.DataFrame) -> list[str]:
    """One message per broken rule; an empty list means `model` may replace `champion`.

    `champion` is the model in production, or None for the very first model.

    ES: Un mensaje por cada regla incumplida; una lista vacía quiere decir que `model` puede
    reemplazar a `champion`, que es el modelo en producción (o None si es el primer modelo).
    """
    # TODO: compute the ROC AUC of `model` on test, and of a DummyClassifier(strategy="prior") fitted on train.
    # POR HACER: calcule el ROC AUC de `model` en test, y el de un DummyClassifier(strategy="prior") ajustado en train.
    # TODO: if the model's AUC < the dummy's AUC + MIN_LIFT_OVER_BASELINE, add a message with the word "baseline" and both AUCs.
    # POR HACER: si el AUC del modelo < el AUC del dummy + MIN_LIFT_OVER_BASELINE, agregue un mensaje con la palabra "baseline" y los dos AUC.
    # TODO: unless champion is None, score it on the same test rows; if the model's AUC < the champion's AUC - MAX_DROP_FROM_CHAMPION, add a message with the word "champion" and both AUCs, each with three decimals (0.812).
    # POR HACER: salvo que champion sea None, evalúelo en las mismas filas de prueba; si el AUC del modelo < el AUC del campeón - MAX_DROP_FROM_CHAMPION, agregue un mensaje con la palabra "champion" y los dos AUC, cada uno con tres decimales (0.812).
    # TODO: for every band of AGE_BANDS, the model's ROC AUC on the test rows of that band; below MIN_SLICE_AUC, add a message with the band's name and its AUC, e.g. "age band 18-25: ROC AUC 0.500 is below the floor 0.7".
    # POR HACER: para cada franja de AGE_BANDS, el ROC AUC del modelo en las filas de prueba de esa franja; por debajo de MIN_SLICE_AUC, agregue un mensaje con el nombre de la franja y su AUC, p. ej. "age band 18-25: ROC AUC 0.500 is below the floor 0.7".
    # Until then the gate fails closed: it refuses every model.
    # ES: Mientras tanto la compuerta falla cerrada: rechaza todos los modelos.
    return ["TODO: the quality gate is not written yet, so it refuses every model"]
