"""The naive service: it reads the model from disk on every request. Measure it, then never do it."""

import os
from pathlib import Path
from typing import Any

import pandas as pd
from fastapi import FastAPI

from credit_scoring.model_artifact import load_model
from credit_scoring.schema import FEATURE_COLUMNS

app = FastAPI(title="Credit scoring, loading the model per request")


@app.post("/predict")
def predict(applicant: dict[str, Any]) -> dict[str, Any]:
    model, metadata = load_model(Path(os.environ.get("PUENTE_MODEL_DIR", "artifacts/model")))
    frame = pd.DataFrame([applicant], columns=list(FEATURE_COLUMNS))
    return {"probability_bad": float(model.predict_proba(frame)[0, 1]), "model_version": metadata["model_version"]}
