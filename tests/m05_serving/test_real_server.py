"""Exercise real_server: the learner's app under a real uvicorn, called over HTTP by the learner's client.

The test starts uvicorn as a subprocess on a free loopback port, waits for /health with a
bounded loop, and always shuts the server down (terminate, then wait) in a `finally`.
"""

import os
import time

import httpx
import pytest
from m05_serving.client import ScoringError, score_applicant, wait_until_healthy

from puente.i18n import say
from puente.local_server import answers_at_all, free_port, uvicorn_server

pytestmark = pytest.mark.slow
STARTUP_S = 300.0
"""A generous bound on uvicorn's start: the wait also watches the process, so a crash ends it at once."""
GRACE_S = 20.0
"""How far past its deadline a wait may end: generous, because this machine may be busy (DESIGN §13)."""


@pytest.fixture(scope="module")
def server_url(model_dir):
    """The learner's app under uvicorn; ready once /health answers at all (the tests judge the answer)."""
    extra = {"PUENTE_MODEL_DIR": str(model_dir)}
    with uvicorn_server("m05_serving.app:create_app", os.environ["PUENTE_TARGET_DIR"], extra, ready=answers_at_all, timeout=STARTUP_S) as url:
        yield url


def test_the_server_answers_over_http(server_url, applicant_rows, reference):
    health = httpx.get(f"{server_url}/health", timeout=5)
    assert health.status_code == 200, f"GET /health over HTTP: expected 200, got {health.status_code}: {health.text[:200]}"
    predict = httpx.post(f"{server_url}/predict", json=applicant_rows[0], timeout=5)
    assert predict.status_code == 200, f"POST /predict over HTTP: expected 200, got {predict.status_code}: {predict.text[:200]}"
    assert predict.json()["probability_bad"] == pytest.approx(reference(applicant_rows[:1])[0])


def test_the_client_waits_for_health_and_gives_up_in_time(server_url):
    assert wait_until_healthy(server_url, timeout_s=10) is True, say(
        en="the server is up: wait_until_healthy must return True", es="el servidor está arriba: wait_until_healthy debe devolver True")
    nobody = f"http://127.0.0.1:{free_port()}"
    timeout_s, interval_s = 1.5, 0.1
    started = time.monotonic()
    gave_up = wait_until_healthy(nobody, timeout_s=timeout_s, interval_s=interval_s)
    waited = time.monotonic() - started
    assert gave_up is False, say(en="nothing listens there: return False once the time is up",
                                 es="ahí no escucha nadie: devuelva False cuando se acabe el tiempo")
    # Bounds, not a stopwatch: keep trying until (nearly) the deadline, and stop soon after it.
    assert waited >= timeout_s - interval_s, say(
        en="wait_until_healthy gave up after {waited:.2f} s of a {timeout:.1f} s timeout: keep trying until the deadline",
        es="wait_until_healthy se rindió a los {waited:.2f} s de un límite de {timeout:.1f} s: siga intentando hasta el límite",
        waited=waited, timeout=timeout_s)
    assert waited <= timeout_s + GRACE_S, say(
        en="wait_until_healthy took {waited:.1f} s with timeout_s={timeout:.1f}: the deadline must bound the whole wait",
        es="wait_until_healthy tardó {waited:.1f} s con timeout_s={timeout:.1f}: el límite debe acotar toda la espera",
        waited=waited, timeout=timeout_s)


def test_the_client_scores_an_applicant(server_url, applicant_rows, reference):
    for row in applicant_rows[:3]:
        assert score_applicant(server_url, row) == pytest.approx(reference([row])[0]), (
            "score_applicant must return the service's probability_bad"
        )


def test_the_client_explains_a_refusal(server_url, applicant_rows):
    with pytest.raises(ScoringError, match="amount"):
        score_applicant(server_url, {**applicant_rows[0], "amount": -1})
