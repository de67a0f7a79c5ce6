"""The service's contract: what an applicant must look like, and what the service answers.

The fields mirror `credit_scoring.schema`: one enum per categorical column, a range per
number, `None` where the lender's data really has holes. FastAPI turns a payload that breaks
the contract into a 422 naming the field, before the model ever sees it.

ES: El contrato del servicio: cómo debe verse un solicitante y qué responde el servicio. Los campos
reflejan `credit_scoring.schema`: un enum por columna categórica, un rango por número, `None` donde los
datos del prestamista de verdad tienen huecos. FastAPI convierte una carga que rompe el contrato en un 422
que nombra el campo, antes de que el modelo la vea.
"""

from enum import StrEnum
from typing import Any

import numpy as np  # noqa: F401 (for NaN / para NaN)
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from credit_scoring.schema import FEATURE_COLUMNS

MAX_BATCH_SIZE = 1000
"""The most applicants one /predict/batch request may carry; bigger files go to batch scoring.

ES: El máximo de solicitantes que puede llevar una solicitud a /predict/batch; los archivos más grandes van al scoring por lotes.
"""

EXAMPLE_APPLICANT: dict[str, Any] = {
    "seniority": 9, "home": "rent", "time": 60, "age": 30, "marital": "married", "records": "no",
    "job": "freelance", "expenses": 73, "income": 129, "assets": 0, "debt": 0, "amount": 800, "price": 846,
}


class Records(StrEnum):
    no = "no"
    yes = "yes"


# TODO: one enum per other categorical column (home, marital, job), with the values of
# credit_scoring.schema.CATEGORIES, like Records above.
# POR HACER: un enum por cada otra columna categórica (home, marital, job), con los valores de
# ES: credit_scoring.schema.CATEGORIES, como Records arriba.


class Applicant(BaseModel):
    """One credit application, as the lender's front office sends it.

    ES: Una solicitud de crédito, como la envía la oficina comercial del prestamista.
    """

    # TODO: refuse fields the contract does not name, and NaN or infinity in any number.
    # POR HACER: rechace campos que el contrato no nombra, y NaN o infinito en cualquier número.
    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE_APPLICANT]})

    seniority: int = Field(ge=0, le=70, description="Years with the current employer.")
    records: Records = Field(description="Whether the applicant has a record of unpaid debts.")
    # TODO: declare the other eleven fields, in the order of credit_scoring.schema.FEATURE_COLUMNS:
    # a type, a range (amounts are positive), and `| None` where the data has holes.
    # POR HACER: declare los otros once campos, en el orden de credit_scoring.schema.FEATURE_COLUMNS:
    # ES: un tipo, un rango (los montos son positivos) y `| None` donde los datos tienen huecos.


class ApplicantBatch(BaseModel):
    """Many applications in one request, up to MAX_BATCH_SIZE.

    ES: Muchas solicitudes en una sola petición, hasta MAX_BATCH_SIZE.
    """

    model_config = ConfigDict(extra="forbid")

    # TODO: at least one applicant and at most MAX_BATCH_SIZE.
    # POR HACER: al menos un solicitante y como máximo MAX_BATCH_SIZE.
    applicants: list[Applicant]


class Decision(StrEnum):
    approve = "approve"
    reject = "reject"


PROBABILITY = ("Calibrated probability that the credit goes bad: of many applicants scored 0.2, "
               "about one in five goes bad.")
DECISION = "reject when probability_bad is at or above the cut-off, approve below it."
CUTOFF = "The probability from which the lender rejects, chosen from the costs of its two kinds of mistake."
CUTOFF_VERSION = "Names the cut-off and the costs it came from: with model_version, it traces every decision."


class Prediction(BaseModel):
    probability_bad: float = Field(ge=0, le=1, description=PROBABILITY)
    decision: Decision = Field(description=DECISION)
    cutoff: float = Field(ge=0, le=1, description=CUTOFF)
    cutoff_version: str = Field(description=CUTOFF_VERSION)
    model_version: str


class BatchPrediction(BaseModel):
    probabilities_bad: list[float] = Field(description="One calibrated probability per applicant, in the order sent.")
    decisions: list[Decision] = Field(description="One decision per applicant, in the same order.")
    cutoff: float = Field(ge=0, le=1, description=CUTOFF)
    cutoff_version: str = Field(description=CUTOFF_VERSION)
    model_version: str


class Health(BaseModel):
    status: str = Field(description='"ok" when the model is loaded and the service can answer.')
    model_version: str


class Metadata(BaseModel):
    model_version: str
    data_md5: str | None = Field(description="The DVC hash of the data the model was trained on.")
    metrics: dict[str, Any]
    feature_names: list[str]
    libraries: dict[str, str]
    decision: dict[str, Any] | None = Field(default=None, description="The cut-off, its version and its costs.")


def applicants_to_frame(applicants: list[Applicant]) -> pd.DataFrame:
    """The table the model reads: one row per applicant, the feature columns in order, NaN for holes.

    ES: La tabla que lee el modelo: una fila por solicitante, las columnas de variables en orden, NaN en los huecos.
    """
    # TODO: one row per applicant (`applicant.model_dump(mode="json")`), the columns of
    # FEATURE_COLUMNS in order, and every None turned into NaN.
    # POR HACER: una fila por solicitante (`applicant.model_dump(mode="json")`), las columnas de
    # ES: FEATURE_COLUMNS en orden, y cada None convertido en NaN.
    return pd.DataFrame()
