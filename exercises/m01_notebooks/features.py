"""The analyst's copy-pasted cleaning cells, as functions: learn from train once, apply the same to any rows.

`fit_features` looks at the training rows only; `transform_features` applies what it learned,
so train, test and tomorrow's applicants all get the very same columns and fill values.

ES: Las celdas de limpieza que la analista copiaba y pegaba, convertidas en funciones: aprender de train una
vez y aplicar lo mismo a cualquier fila. `fit_features` mira solo las filas de entrenamiento;
`transform_features` aplica lo aprendido, así train, test y los solicitantes de mañana reciben exactamente
las mismas columnas y los mismos valores de relleno.
"""

import pandas as pd

NUMERIC_COLUMNS = ["seniority", "time", "age", "expenses", "income", "assets", "debt", "amount", "price"]
CATEGORICAL_COLUMNS = ["home", "marital", "records", "job"]


def target(applications: pd.DataFrame) -> pd.Series:
    """1 where the credit went bad (the applicant defaulted), 0 where it was paid.

    ES: 1 donde el crédito salió malo (el solicitante incumplió), 0 donde se pagó.
    """
    # TODO: return a Series of ints: 1 where applications["status"] == "bad", else 0.
    # POR HACER: devuelva una Series de int: 1 donde applications["status"] == "bad", si no 0.
    return pd.Series(dtype=int)


def fit_features(train: pd.DataFrame) -> dict:
    """What the transformation learns from the training rows: medians to fill holes, known categories.

    ES: Lo que la transformación aprende de las filas de entrenamiento: medianas para llenar huecos, categorías conocidas.
    """
    # TODO: return {"medians": {column: median of train[column] as a float, for each NUMERIC_COLUMNS},
    #               "categories": {column: sorted list of the values seen in train[column], for each
    #                              CATEGORICAL_COLUMNS (missing values left out)}}
    # POR HACER: devuelva {"medians": {columna: mediana de train[columna] como float, para cada NUMERIC_COLUMNS},
    #               "categories": {columna: lista ordenada de los valores vistos en train[columna], para cada
    #                              CATEGORICAL_COLUMNS (sin los valores faltantes)}}
    return {}


def transform_features(applications: pd.DataFrame, spec: dict) -> pd.DataFrame:
    """Numbers with holes filled by the train medians, then one 0/1 column per category seen in train.

    A missing or never-seen category gets 0 in every column of its group; the input is left unchanged.

    ES: Los números con sus huecos llenos con las medianas de train, y luego una columna 0/1 por cada categoría
    vista en train. Una categoría faltante o nunca vista recibe 0 en todas las columnas de su grupo; la entrada
    no se modifica.
    """
    # TODO: start from applications[NUMERIC_COLUMNS] as floats, fill the holes with spec["medians"];
    # then add one float column named f"{column}_{category}" for each category in spec["categories"],
    # 1.0 where the row has that category, else 0.0. Keep the index of `applications`.
    # POR HACER: empiece con applications[NUMERIC_COLUMNS] como float y llene los huecos con spec["medians"];
    # ES: luego agregue una columna float llamada f"{column}_{category}" por cada categoría de spec["categories"],
    # ES: 1.0 donde la fila tiene esa categoría y 0.0 si no. Conserve el índice de `applications`.
    return pd.DataFrame(index=applications.index)
