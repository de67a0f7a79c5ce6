"""The service the call centre asks: /health, and /predict with the brief's contract."""

import argparse
from pathlib import Path
from typing import Literal

import joblib
import pandas as pd
import uvicorn
from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field

from retention.features import clean, decide

MODEL = Path("models/model.joblib")
YesNo = Literal["Yes", "No"]
Service = Literal["Yes", "No", "No internet service"]


class Customer(BaseModel):
    """The brief's input: one customer as the billing system knows them."""

    model_config = ConfigDict(extra="forbid")
    female: Literal[0, 1]
    senior_citizen: Literal[0, 1]
    partner: Literal[0, 1]
    dependents: Literal[0, 1]
    tenure: int = Field(ge=0, le=100)
    phone_service: Literal[0, 1]
    multiple_lines: Literal["Yes", "No", "No phone service"]
    internet_service: Literal["DSL", "Fiber optic", "No"]
    online_security: Service
    online_backup: Service
    device_protection: Service
    tech_support: Service
    streaming_tv: Service
    streaming_movies: Service
    contract: Literal["Month-to-month", "One year", "Two year"]
    paperless_billing: Literal[0, 1]
    payment_method: Literal["Electronic check", "Mailed check", "Bank transfer (automatic)", "Credit card (automatic)"]
    monthly_charges: float = Field(gt=0, le=1000)
    total_charges: float | None = Field(default=None, ge=0)


class Prediction(BaseModel):
    churn_probability: float
    decision: Literal["offer", "no_offer"]


app = FastAPI(title="Andina Telecom churn")
saved = joblib.load(MODEL)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


@app.post("/predict")
def predict(customer: Customer) -> Prediction:
    probability = float(saved["model"].predict_proba(clean(pd.DataFrame([customer.model_dump()])))[0, 1])
    return Prediction(churn_probability=round(probability, 4), decision=decide(probability, saved["cutoff"]))


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the churn model on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8000)
    uvicorn.run(app, host="127.0.0.1", port=parser.parse_args().port, log_level="warning")


if __name__ == "__main__":
    main()
