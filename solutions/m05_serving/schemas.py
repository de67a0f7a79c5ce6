"""The service's contract: what an applicant must look like, and what the service answers.

The fields mirror `credit_scoring.schema`: one enum per categorical column, a range per
number, `None` where the lender's data really has holes. FastAPI turns a payload that breaks
the contract into a 422 naming the field, before the model ever sees it.
"""

from enum import StrEnum
from typing import Annotated, Any

import numpy as np
import pandas as pd
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, TypeAdapter

from credit_scoring.schema import FEATURE_COLUMNS

MAX_BATCH_SIZE = 1000
"""The most applicants one /predict/batch request may carry; bigger files go to batch scoring."""

EXAMPLE_APPLICANT: dict[str, Any] = {
    "seniority": 9, "home": "rent", "time": 60, "age": 30, "marital": "married", "records": "no",
    "job": "freelance", "expenses": 73, "income": 129, "assets": 0, "debt": 0, "amount": 800, "price": 846,
}


def whole_float_to_int(value: Any) -> Any:
    """JSON has one number type: 31.0 is the whole number 31, while 31.5, "31" and true stay errors."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


WholeNumber = Annotated[int, BeforeValidator(whole_float_to_int)]


class Home(StrEnum):
    ignore = "ignore"
    other = "other"
    owner = "owner"
    parents = "parents"
    priv = "priv"
    rent = "rent"


class Marital(StrEnum):
    divorced = "divorced"
    married = "married"
    separated = "separated"
    single = "single"
    widow = "widow"


class Records(StrEnum):
    no = "no"
    yes = "yes"


class Job(StrEnum):
    fixed = "fixed"
    freelance = "freelance"
    others = "others"
    partime = "partime"


class Applicant(BaseModel):
    """One credit application, as the lender's front office sends it."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, json_schema_extra={"examples": [EXAMPLE_APPLICANT]})
    # strict=True on numbers: "30" or false is a client's bug to report, not a value to guess

    seniority: WholeNumber = Field(strict=True, ge=0, le=70, description="Years with the current employer.")
    home: Home | None = Field(description="Housing situation; null when unknown.")
    time: WholeNumber = Field(strict=True, ge=1, le=120, description="Term of the credit, in months.")
    age: WholeNumber = Field(strict=True, ge=18, le=100, description="Age in years.")
    marital: Marital | None = Field(description="Marital status; null when unknown.")
    records: Records = Field(description="Whether the applicant has a record of unpaid debts.")
    job: Job | None = Field(description="Kind of employment; null when unknown.")
    expenses: float = Field(strict=True, ge=0, le=10_000, description="Monthly expenses.")
    income: float | None = Field(strict=True, ge=0, le=100_000, description="Monthly income; null when not declared.")
    assets: float | None = Field(strict=True, ge=0, le=10_000_000, description="Value of assets; null when unknown.")
    debt: float | None = Field(strict=True, ge=0, le=10_000_000, description="Amount of debt; null when unknown.")
    amount: float = Field(strict=True, gt=0, le=1_000_000, description="Amount of credit requested.")
    price: float = Field(strict=True, gt=0, le=10_000_000, description="Price of the good being bought.")


class ApplicantBatch(BaseModel):
    """Many applications in one request, up to MAX_BATCH_SIZE."""

    model_config = ConfigDict(extra="forbid")

    applicants: list[Applicant] = Field(min_length=1, max_length=MAX_BATCH_SIZE)


class Decision(StrEnum):
    approve = "approve"
    reject = "reject"


PROBABILITY = ("Calibrated probability that the credit goes bad: of many applicants scored 0.2, "
               "about one in five goes bad.")
DECISION = "reject when probability_bad is at or above the cut-off, approve below it."
CUTOFF = "The probability from which the lender rejects, chosen from the costs of its two kinds of mistake."
CUTOFF_VERSION = "Names the cut-off and the costs it came from: with model_version, it traces every decision."


class Prediction(BaseModel):
    probability_bad: float = Field(strict=True, ge=0, le=1, description=PROBABILITY)
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


APPLICANT_LIST = TypeAdapter(list[Applicant])


def applicants_to_frame(applicants: list[Applicant]) -> pd.DataFrame:
    """The table the model reads: one row per applicant, the feature columns in order, NaN for holes."""
    records = APPLICANT_LIST.dump_python(applicants, mode="json")  # one call, not one per applicant
    frame = pd.DataFrame.from_records(records, columns=list(FEATURE_COLUMNS))
    return frame.fillna(np.nan)
