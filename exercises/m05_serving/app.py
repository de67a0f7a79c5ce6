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
    """The cut-off the model's metadata names, and its version; 503 for a model trained without one.

    ES: El punto de corte que nombran los metadatos del modelo, y su versión; 503 para un modelo entrenado sin él.
    """
    try:
        return read_decision(metadata)
    except ModelArtifactError as error:
        raise HTTPException(status_code=503, detail=str(error)) from error


def not_written(endpoint: str) -> HTTPException:
    return HTTPException(status_code=501, detail=f"{endpoint} is not written yet: see the TODO in m05_serving/app.py")


def create_app(model_dir: Path | None = None) -> FastAPI:
    """A new service that will serve the model in `model_dir` (see the module docstring for the default).

    ES: Un servicio nuevo que servirá el modelo de `model_dir` (el valor por defecto está en el docstring del módulo).
    """
    folder = model_folder(model_dir)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.model, app.state.metadata, app.state.problem = None, {}, "the model is not loaded yet"
        # TODO: load the model and its metadata once, with load_model(folder), and keep a MicroBatcher(model) in app.state.batcher.
        # POR HACER: cargue el modelo y sus metadatos una sola vez, con load_model(folder), y guarde un MicroBatcher(model) en app.state.batcher.
        # TODO: if loading fails for any reason, keep the service running and put a one-line reason naming the folder in app.state.problem.
        # POR HACER: si la carga falla por cualquier razón, mantenga el servicio andando y ponga en app.state.problem una razón de una línea que nombre la carpeta.
        yield

    app = FastAPI(
        title="Credit scoring",
        version=API_VERSION,
        description="Scores credit applications: the probability that a credit goes bad.",
        lifespan=lifespan,
    )
    app.add_middleware(BodySizeLimit)
    app.add_exception_handler(RequestValidationError, refuse_invalid)

    @app.get("/health/live", response_model=Liveness)
    async def live() -> Liveness:
        # TODO: liveness: status "alive" (200) whenever the process can answer, with or without a model.
        # POR HACER: vida: status "alive" (200) siempre que el proceso pueda responder, con o sin modelo.
        raise not_written("/health/live")

    @app.get("/health/ready", response_model=Health, responses=UNAVAILABLE)
    async def ready(request: Request) -> Health:
        # TODO: readiness: 503 with app.state.problem as the detail when no model is loaded; else status "ok" and the model version.
        # POR HACER: disponibilidad: 503 con app.state.problem como detalle si no hay modelo cargado; si lo hay, status "ok" y la versión del modelo.
        raise not_written("/health/ready")

    # /health answers what /health/ready answers, for the callers that already use it.
    # ES: /health responde lo mismo que /health/ready, para quienes ya lo llaman.
    app.add_api_route("/health", ready, methods=["GET"], response_model=Health, responses=UNAVAILABLE,
                      summary="Ready (same as /health/ready)")

    @app.get("/metadata", response_model=Metadata, responses=UNAVAILABLE)
    async def metadata(request: Request) -> Metadata:
        # TODO: 503 as above, else the model's metadata.
        # POR HACER: 503 como arriba; si no, los metadatos del modelo.
        raise not_written("/metadata")

    @app.post("/predict", response_model=Prediction, responses=REFUSED)
    async def predict(applicant: Applicant, request: Request) -> Prediction:
        # TODO: 503 as above, else this applicant's probability of "bad", its decision (model_cutoff, then decide), the cut-off, its version and the model version.
        # POR HACER: 503 como arriba; si no, la probabilidad de "bad" de este solicitante, su decisión (model_cutoff y luego decide), el corte, su versión y la versión del modelo.
        raise not_written("/predict")

    @app.post("/predict/batch", response_model=BatchPrediction, responses=REFUSED)
    async def predict_batch(batch: ApplicantBatch, request: Request) -> BatchPrediction:
        # TODO: 503 as above, else one probability and one decision per applicant, in order, from ONE model call, with the cut-off, its version and the model version.
        # POR HACER: 503 como arriba; si no, una probabilidad y una decisión por solicitante, en orden, de UNA sola llamada al modelo, con el corte, su versión y la versión del modelo.
        raise not_written("/predict/batch")

    return app
