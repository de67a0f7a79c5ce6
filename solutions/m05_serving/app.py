"""The lender's scoring service: load the model once at startup, then answer one applicant or many.

Run it with `puente serve`, or `uvicorn m05_serving.app:create_app --factory`. The model folder
comes from the argument, else $PUENTE_MODEL_DIR, else `artifacts/model` (what `dvc repro` builds).
A model that is missing or cannot be loaded does not crash the service: every endpoint answers
503 with the reason, so a load balancer keeps traffic away until a good model is in place.
Two health questions, two endpoints: /health/live (liveness: the process answers, always 200)
and /health/ready (readiness: a model is loaded; /health is the same answer, for older callers).

ES: El servicio de scoring del banco: carga el modelo una sola vez al arrancar y luego responde
por un solicitante o por muchos. Sin modelo no se cae: cada endpoint responde 503 con la razón.
/health/live (vivo: el proceso responde, siempre 200) y /health/ready (listo: hay modelo cargado;
/health da la misma respuesta, para quienes ya lo llaman).
"""

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field

from credit_scoring.decision import decide, read_decision
from credit_scoring.model_artifact import ModelArtifactError, load_model
from credit_scoring.micro_batching import MicroBatcher
from credit_scoring.http_guards import BodySizeLimit, refuse_invalid
from m05_serving.schemas import (
    Applicant, ApplicantBatch, BatchPrediction, Health, Metadata, Prediction, applicants_to_frame,
)

API_VERSION = "1.0.0"
MODEL_DIR_VARIABLE = "PUENTE_MODEL_DIR"
DEFAULT_MODEL_DIR = Path("artifacts/model")
UNAVAILABLE = {503: {"description": "No model is loaded; the detail says why and how to fix it."}}
REFUSED = {
    **UNAVAILABLE,
    400: {"description": "The body is not JSON text (for example, bytes that are not UTF-8)."},
    413: {"description": "The body is over the size limit; send smaller batches."},
}


class Liveness(BaseModel):
    status: str = Field(description='"alive" whenever the process can answer, with or without a model.')


def model_folder(explicit: Path | None = None) -> Path:
    return Path(explicit or os.environ.get(MODEL_DIR_VARIABLE) or DEFAULT_MODEL_DIR)


def model_cutoff(metadata: dict) -> tuple[float, str]:
    """The cut-off the model's metadata names, and its version; 503 for a model trained without one."""
    try:
        return read_decision(metadata)
    except ModelArtifactError as error:
        raise HTTPException(status_code=503, detail=str(error)) from error


def create_app(model_dir: Path | None = None) -> FastAPI:
    """A new service that will serve the model in `model_dir` (see the module docstring for the default).

    ES: Un servicio nuevo que servirá el modelo de `model_dir` (el valor por defecto está en el docstring del módulo).
    """
    folder = model_folder(model_dir)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.model, app.state.metadata, app.state.problem = None, {}, None
        try:
            app.state.model, app.state.metadata = load_model(folder)
            app.state.batcher = MicroBatcher(app.state.model)
        except Exception as error:  # any reason the model cannot load means: not ready, say why
            app.state.problem = f"no model loaded from {folder}: {error}"
        yield

    app = FastAPI(
        title="Credit scoring",
        version=API_VERSION,
        description="Scores credit applications: the probability that a credit goes bad.",
        lifespan=lifespan,
    )
    app.add_middleware(BodySizeLimit)
    app.add_exception_handler(RequestValidationError, refuse_invalid)

    def ready_model(request: Request):
        if request.app.state.model is None:
            raise HTTPException(status_code=503, detail=request.app.state.problem)
        return request.app.state.model

    @app.get("/health/live", response_model=Liveness)
    async def live() -> Liveness:
        return Liveness(status="alive")

    @app.get("/health/ready", response_model=Health, responses=UNAVAILABLE)
    async def ready(request: Request) -> Health:
        ready_model(request)
        return Health(status="ok", model_version=request.app.state.metadata["model_version"])

    # /health answers what /health/ready answers, for the callers that already use it.
    # ES: /health responde lo mismo que /health/ready, para quienes ya lo llaman.
    app.add_api_route("/health", ready, methods=["GET"], response_model=Health, responses=UNAVAILABLE,
                      summary="Ready (same as /health/ready)")

    @app.get("/metadata", response_model=Metadata, responses=UNAVAILABLE)
    async def metadata(request: Request) -> Metadata:
        ready_model(request)
        return Metadata.model_validate(request.app.state.metadata)

    @app.post("/predict", response_model=Prediction, responses=REFUSED)
    async def predict(applicant: Applicant, request: Request) -> Prediction:
        ready_model(request)
        cutoff, cutoff_version = model_cutoff(request.app.state.metadata)
        probability = await request.app.state.batcher.score(applicant.model_dump(mode="json"))
        return Prediction(
            probability_bad=probability, decision=decide(probability, cutoff), cutoff=cutoff,
            cutoff_version=cutoff_version, model_version=request.app.state.metadata["model_version"],
        )

    @app.post("/predict/batch", response_model=BatchPrediction, responses=REFUSED)
    async def predict_batch(batch: ApplicantBatch, request: Request) -> BatchPrediction:
        model = ready_model(request)
        cutoff, cutoff_version = model_cutoff(request.app.state.metadata)
        frame = applicants_to_frame(batch.applicants)
        probabilities = [float(p) for p in (await asyncio.to_thread(model.predict_proba, frame))[:, 1]]
        return BatchPrediction(
            probabilities_bad=probabilities, decisions=[decide(p, cutoff) for p in probabilities], cutoff=cutoff,
            cutoff_version=cutoff_version, model_version=request.app.state.metadata["model_version"],
        )

    return app
