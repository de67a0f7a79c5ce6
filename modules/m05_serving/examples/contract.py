"""A contract in miniature: an enum, ranges, a nullable field, and no room for typos or NaN."""

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Home(StrEnum):
    owner = "owner"
    rent = "rent"


class LoanRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    amount: float = Field(gt=0, le=1_000_000, description="Amount of credit requested.")
    time: int = Field(ge=1, le=120, description="Term of the credit, in months.")
    home: Home | None = Field(description="Housing situation; null when unknown.")
