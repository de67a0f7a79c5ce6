"""Exercise service_metrics: your module 05 service, with /metrics, under a real uvicorn on loopback.

The test sends known traffic (good requests, a batch, refused requests, an unknown path) over
real HTTP, then reads /metrics with prometheus-client's own parser: no Prometheus server needed.
"""

import os
import time

import httpx
import numpy as np
import pandas as pd
import pytest
from prometheus_client.parser import text_string_to_metric_families

from credit_scoring.model_artifact import read_metadata
from credit_scoring.schema import FEATURE_COLUMNS
from puente.i18n import say
from puente.local_server import answers_at_all, uvicorn_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def applicants(applications) -> list[dict]:
    frame = applications[list(FEATURE_COLUMNS)].head(8).astype(object)
    return [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in frame.to_dict("records")]


@pytest.fixture(scope="module")
def scraped(model_dir, applicants):
    """A scrape, known traffic, a second scrape: what the traffic added, the last scrape, the client's elapsed time.

    Counting the difference between two scrapes is what Prometheus' rate() does; it also leaves out
    the readiness probe's GET /health.
    """
    extra = {"PUENTE_MODEL_DIR": str(model_dir)}
    with uvicorn_server("m07_monitoring.service_metrics:create_app", os.environ["PUENTE_TARGET_DIR"], extra,
                        ready=answers_at_all, timeout=180) as url, httpx.Client(base_url=url, timeout=30) as client:
        before = client.get("/metrics")
        started = time.perf_counter()
        statuses = [client.post("/predict", json=row).status_code for row in applicants[:3]]
        statuses.append(client.post("/predict/batch", json={"applicants": applicants[3:8]}).status_code)
        statuses += [client.post("/predict", json={**applicants[0], "amount": -1}).status_code,
                     client.post("/predict", json={"age": "thirty"}).status_code]
        statuses += [client.get("/health").status_code, client.get("/no/such/page").status_code]
        elapsed = time.perf_counter() - started
        scrape = client.get("/metrics")
    assert statuses == [200, 200, 200, 200, 422, 422, 200, 404], say(
        en="the module 05 service behind your wrapper answered {got}; finish module 05 first (`puente check serving_endpoints`)",
        es="el servicio del módulo 05 detrás de su envoltura respondió {got}; termine primero el módulo 05 (`puente check serving_endpoints`)",
        got=str(statuses))
    assert scrape.status_code == 200, say(en="GET /metrics answered {status}, expected 200",
                                          es="GET /metrics respondió {status}, se esperaba 200", status=scrape.status_code)
    after = parsed(scrape.text)
    first = parsed(before.text) if before.status_code == 200 else {}
    return {key: value - first.get(key, 0) for key, value in after.items()}, after, elapsed


def parsed(text: str) -> dict:
    """Every sample of a /metrics page by (name, sorted labels), read with prometheus-client's parser."""
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def value(samples: dict, name: str, **labels: str) -> float | None:
    return samples.get((name, tuple(sorted(labels.items()))))


def test_requests_are_counted_by_endpoint_and_status(scraped):
    samples, _, _ = scraped
    got = {(endpoint, status): value(samples, "puente_requests_total", endpoint=endpoint, status=status)
           for endpoint, status in [("/predict", "200"), ("/predict", "422"), ("/predict/batch", "200"),
                                    ("/health", "200"), ("other", "404")]}
    expected = {("/predict", "200"): 3, ("/predict", "422"): 2, ("/predict/batch", "200"): 1,
                ("/health", "200"): 1, ("other", "404"): 1}
    assert got == expected, say(
        en="puente_requests_total by (endpoint, status): expected {expected}, got {got}; unknown paths are endpoint=\"other\"",
        es="puente_requests_total por (endpoint, status): se esperaba {expected} y dio {got}; las rutas desconocidas son endpoint=\"other\"",
        expected=str(expected), got=str(got))


def test_the_latency_histogram_holds_every_request(scraped):
    samples, _, elapsed = scraped
    count = value(samples, "puente_request_seconds_count", endpoint="/predict")
    assert count == 5, say(en="puente_request_seconds_count for /predict: expected 5 (3 answered, 2 refused), got {got}",
                           es="puente_request_seconds_count de /predict: se esperaban 5 (3 respondidas, 2 rechazadas) y dio {got}",
                           got=count)
    infinite = value(samples, "puente_request_seconds_bucket", endpoint="/predict", le="+Inf")
    assert infinite == count, say(en="the +Inf bucket holds every observation ({count}), got {got}",
                                  es="el bucket +Inf contiene todas las observaciones ({count}) y dio {got}", count=count, got=infinite)
    total = sum(value(samples, "puente_request_seconds_sum", endpoint=e) or 0 for e in ("/predict", "/predict/batch", "/health", "other"))
    assert 0 < total <= elapsed, say(en="the server's time ({total:.4f} s) must be above 0 and within what the client waited ({elapsed:.4f} s)",
                                     es="el tiempo del servidor ({total:.4f} s) debe ser mayor que 0 y caber en lo que esperó el cliente ({elapsed:.4f} s)",
                                     total=total, elapsed=elapsed)


def test_the_score_histogram_holds_the_answered_scores(scraped, model, applicants):
    samples, _, _ = scraped
    scores = model.predict_proba(pd.DataFrame.from_records(applicants, columns=list(FEATURE_COLUMNS)).fillna(np.nan))[:, 1]
    for le in ("0.1", "0.3", "0.5", "0.7", "0.9", "+Inf"):
        got = value(samples, "puente_score_bucket", le=le)
        expected = int((scores <= float(le)).sum())
        assert got == expected, say(
            en="puente_score_bucket{{le=\"{le}\"}}: the 8 scores answered (3 single, 5 in a batch) put {expected} at or below {le}, got {got}",
            es="puente_score_bucket{{le=\"{le}\"}}: los 8 puntajes respondidos (3 sueltos, 5 en un lote) dejan {expected} en {le} o menos, dio {got}",
            le=le, expected=expected, got=got)


def test_the_model_version_is_a_label(scraped, model_dir):
    _, samples, _ = scraped
    version = read_metadata(model_dir)["model_version"]
    got = value(samples, "puente_model_info", model_version=version)
    assert got == 1, say(en="puente_model_info{{model_version=\"{version}\"}} must be 1, got {got}",
                         es="puente_model_info{{model_version=\"{version}\"}} debe valer 1 y dio {got}", version=version, got=got)
