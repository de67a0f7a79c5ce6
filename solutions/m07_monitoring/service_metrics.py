"""The scoring service of module 05, with Prometheus metrics at GET /metrics.

`create_app` builds your module 05 service and wraps it: every request is counted by endpoint
and status and timed, every score the service answers lands in a histogram, and a gauge names
the model version that answered. Prometheus scrapes /metrics in production; the tests read it
with prometheus-client's own parser. Run it with
`uvicorn m07_monitoring.service_metrics:create_app --factory`.
"""

import json
import time
from pathlib import Path

from fastapi import FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from m05_serving.app import create_app as create_scoring_app

ENDPOINTS = ("/health", "/metadata", "/predict", "/predict/batch", "/metrics")
"""Label values for the endpoint: any other path is "other", so a scan of random URLs cannot
create thousands of time series."""
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
SCORE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def endpoint_label(path: str) -> str:
    return path if path in ENDPOINTS else "other"


def scores_in(path: str, body: bytes) -> list[float]:
    """The probabilities a successful /predict or /predict/batch answer carries."""
    answer = json.loads(body)
    if path == "/predict":
        return [float(answer["probability_bad"])]
    return [float(p) for p in answer["probabilities_bad"]]


def create_app(model_dir: Path | None = None) -> FastAPI:
    """Module 05's service plus metrics; each app has its own registry (tests start several)."""
    app = create_scoring_app(model_dir)
    registry = CollectorRegistry()
    requests = Counter("puente_requests", "Requests answered, by endpoint and status code.",
                       ["endpoint", "status"], registry=registry)
    latency = Histogram("puente_request_seconds", "Time to answer a request, by endpoint.",
                        ["endpoint"], buckets=LATENCY_BUCKETS, registry=registry)
    scores = Histogram("puente_score", "Probability of bad credit in the answers.",
                       buckets=SCORE_BUCKETS, registry=registry)
    model_info = Gauge("puente_model_info", "The model version answering (value 1).",
                       ["model_version"], registry=registry)

    @app.middleware("http")
    async def measure(request: Request, call_next) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        endpoint = endpoint_label(request.url.path)
        if endpoint in ("/predict", "/predict/batch") and response.status_code == 200:
            body = b"".join([chunk async for chunk in response.body_iterator])
            for score in scores_in(endpoint, body):
                scores.observe(score)
            response = Response(body, response.status_code, dict(response.headers), response.media_type)
        latency.labels(endpoint).observe(time.perf_counter() - started)
        requests.labels(endpoint, str(response.status_code)).inc()
        version = getattr(request.app.state, "metadata", {}).get("model_version")
        if version:
            model_info.labels(version).set(1)
        return response

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return app
