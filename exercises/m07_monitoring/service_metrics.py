"""The scoring service of module 05, with Prometheus metrics at GET /metrics.

`create_app` builds your module 05 service and wraps it: every request is counted by endpoint
and status and timed, every score the service answers lands in a histogram, and a gauge names
the model version that answered. Prometheus scrapes /metrics in production; the tests read it
with prometheus-client's own parser. Run it with
`uvicorn m07_monitoring.service_metrics:create_app --factory`.

ES: El servicio de scoring del módulo 05, con métricas de Prometheus en GET /metrics.
`create_app` construye su servicio del módulo 05 y lo envuelve: cada solicitud se cuenta por
endpoint y por código de estado y se le mide el tiempo, cada puntaje que responde el servicio
cae en un histograma, y un gauge dice qué versión del modelo respondió. En producción
Prometheus lee /metrics; las pruebas lo leen con el propio parser de prometheus-client.
Ejecútelo con `uvicorn m07_monitoring.service_metrics:create_app --factory`.
"""

import json
import time
from pathlib import Path

from fastapi import FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from m05_serving.app import create_app as create_scoring_app

ENDPOINTS = ("/health", "/metadata", "/predict", "/predict/batch", "/metrics")
"""Label values for the endpoint: any other path is "other", so a scan of random URLs cannot
create thousands of time series.

ES: Valores de la etiqueta endpoint: cualquier otra ruta es "other", para que un barrido de
URLs al azar no cree miles de series de tiempo.
"""
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
SCORE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def endpoint_label(path: str) -> str:
    return path if path in ENDPOINTS else "other"


def scores_in(path: str, body: bytes) -> list[float]:
    """The probabilities a successful /predict or /predict/batch answer carries.

    ES: Las probabilidades que trae una respuesta exitosa de /predict o /predict/batch.
    """
    answer = json.loads(body)
    if path == "/predict":
        return [float(answer["probability_bad"])]
    return [float(p) for p in answer["probabilities_bad"]]


def create_app(model_dir: Path | None = None) -> FastAPI:
    """Module 05's service plus metrics; each app has its own registry (tests start several).

    ES: El servicio del módulo 05 más métricas; cada app tiene su propio registro (las pruebas arrancan varias).
    """
    app = create_scoring_app(model_dir)
    # TODO: a CollectorRegistry and, in it: Counter "puente_requests" (labels endpoint, status),
    # POR HACER: un CollectorRegistry y, en él: Counter "puente_requests" (etiquetas endpoint, status),
    # TODO: Histogram "puente_request_seconds" (label endpoint, LATENCY_BUCKETS), Histogram
    # POR HACER: Histogram "puente_request_seconds" (etiqueta endpoint, LATENCY_BUCKETS), Histogram
    # TODO: "puente_score" (SCORE_BUCKETS) and Gauge "puente_model_info" (label model_version).
    # POR HACER: "puente_score" (SCORE_BUCKETS) y Gauge "puente_model_info" (etiqueta model_version).
    # TODO: an @app.middleware("http") that times call_next(request), counts it by endpoint_label
    # POR HACER: un @app.middleware("http") que mida call_next(request), la cuente por endpoint_label
    # TODO: and status, observes the scores of a 200 from /predict or /predict/batch, and sets the
    # POR HACER: y estado, observe los puntajes de un 200 de /predict o /predict/batch, y ponga en 1 el
    # TODO: model_version gauge to 1 (app.state.metadata); then GET /metrics with generate_latest.
    # POR HACER: gauge de model_version (app.state.metadata); luego GET /metrics con generate_latest.
    return app
