"""The same service, loading the model once when it starts: every request reuses it."""

import os
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pandas as pd
from fastapi import FastAPI, Request

from credit_scoring.model_artifact import load_model
from credit_scoring.schema import FEATURE_COLUMNS


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.model, app.state.metadata = load_model(Path(os.environ.get("PUENTE_MODEL_DIR", "artifacts/model")))
    yield


app = FastAPI(title="Credit scoring, loading the model once", lifespan=lifespan)


@app.post("/predict")
def predict(applicant: dict[str, Any], request: Request) -> dict[str, Any]:
    frame = pd.DataFrame([applicant], columns=list(FEATURE_COLUMNS))
    probability = request.app.state.model.predict_proba(frame)[0, 1]
    return {"probability_bad": float(probability), "model_version": request.app.state.metadata["model_version"]}


@app.get("/health")
def health(request: Request) -> dict[str, str]:
    return {"status": "ok", "model_version": request.app.state.metadata["model_version"]}
