"""The scoring model: the columns it reads, how it is trained, and how it is saved and loaded safely.

Saving uses skops, not pickle: loading a pickle runs whatever code the file names, while skops
only builds the types we list in TRUSTED_TYPES and refuses a file that asks for anything else.

ES: El modelo de scoring: las columnas que lee, cómo se entrena y cómo se guarda y se carga con seguridad.
Se guarda con skops, no con pickle: cargar un pickle ejecuta cualquier código que el archivo nombre,
mientras que skops solo construye los tipos listados en TRUSTED_TYPES y rechaza un archivo que pida otra cosa.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import skops.io as sio
from sklearn.compose import make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["seniority", "time", "age", "expenses", "income", "assets", "debt", "amount", "price"]
CATEGORICAL = ["home", "marital", "records", "job"]
FEATURES = NUMERIC + CATEGORICAL
# Beyond what skops trusts by default (scikit-learn's own estimators), our pipeline needs only this.
# ES: Aparte de lo que skops confía por defecto (los estimadores de scikit-learn), nuestro pipeline solo necesita esto.
TRUSTED_TYPES = ["numpy.dtype"]


class ScoringInputError(ValueError):
    """Input the operator must fix; the message says what is wrong and what to do.

    ES: Una entrada que quien opera debe corregir; el mensaje dice qué está mal y qué hacer.
    """


def build_pipeline() -> Pipeline:
    """Impute, scale and one-hot encode, then a logistic regression: the team's reference model.

    ES: Imputar, escalar y codificar one-hot, y luego una regresión logística: el modelo de referencia del equipo.
    """
    preprocess = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
        (make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), CATEGORICAL),
    )
    return make_pipeline(preprocess, LogisticRegression(max_iter=1000))


def train_model(applications: pd.DataFrame) -> Pipeline:
    """Fit the pipeline; the target is 1 when the applicant's status is "bad" (they defaulted).

    ES: Ajuste el pipeline; el objetivo es 1 cuando el status del solicitante es "bad" (incumplió).
    """
    check_columns(applications, [*FEATURES, "status"])
    target = (applications["status"] == "bad").astype(int)
    return build_pipeline().fit(applications[FEATURES], target)


def predict_bad_probability(model: Pipeline, applicants: pd.DataFrame) -> np.ndarray:
    """The probability that each applicant defaults, one number per row.

    ES: La probabilidad de que cada solicitante incumpla, un número por fila.
    """
    check_columns(applicants, FEATURES)
    return model.predict_proba(applicants[FEATURES])[:, 1]


def check_columns(frame: pd.DataFrame, required: list[str]) -> None:
    missing = [column for column in required if column not in frame.columns]
    if missing:
        raise ScoringInputError(f"the CSV lacks the column(s) {', '.join(missing)}; add them and run again")


def save_model(model: Pipeline, path: Path) -> None:
    sio.dump(model, path)


def load_model(path: Path) -> Pipeline:
    """Load a model saved by save_model, refusing any file that asks for types we do not trust.

    ES: Cargue un modelo guardado por save_model, rechazando cualquier archivo que pida tipos en los que no confiamos.
    """
    if not Path(path).is_file():
        raise ScoringInputError(f"no model file at {path}; train one with `lender-score train DATA --model {path}`")
    unexpected = sorted(set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES))
    if unexpected:
        raise ScoringInputError(f"{path} asks for types this package does not trust ({', '.join(unexpected)}); do not use it")
    return sio.load(path, trusted=TRUSTED_TYPES)
