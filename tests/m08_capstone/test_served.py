"""Served: the team's documented command answers /health and the brief's prediction contract, refuses bad input, survives schemathesis."""

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from puente.capstone.brief import CUSTOMER, DECISIONS, LOYAL_CUSTOMER
from puente.capstone.team_repo import command, env
from puente.i18n import say
from puente.local_server import ServerDidNotStart, free_port, stop, wait_until_ready

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def service(built):
    """The URL of the team's service, started with capstone.toml's [serve] command on a free loopback port."""
    port = free_port()
    words = command(built.config, "serve", port=str(port))
    if not words:
        pytest.fail(say(en="capstone.toml has no [serve] command: write the command that starts your service, with {{port}} where the port goes",
                        es="capstone.toml no tiene un [serve] command: escriba el comando que arranca su servicio, con {{port}} donde va el puerto"), pytrace=False)
    process = subprocess.Popen(words, cwd=built.repo, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(url, process, lambda u: httpx.get(f"{u}/health", timeout=2).status_code < 500)
    except ServerDidNotStart as error:
        stop(process)
        pytest.fail(say(en="your service did not start: {error}\n{log}", es="su servicio no arrancó: {error}\n{log}",
                        error=error, log=(process.stderr.read() or "")[-1500:]), pytrace=False)
    yield url
    stop(process)


def predict(url: str, body: dict) -> httpx.Response:
    return httpx.post(f"{url}/predict", json=body, timeout=60)


def test_health_answers_200(service):
    answer = httpx.get(f"{service}/health", timeout=60)
    assert answer.status_code == 200, say(en="GET /health answered {code}; it must answer 200 while the model is loaded",
                                          es="GET /health respondió {code}; debe responder 200 mientras el modelo está cargado", code=answer.status_code)


def test_predict_follows_the_contract(service):
    scores = {}
    for name, customer in (("likely leaver", CUSTOMER), ("loyal customer", LOYAL_CUSTOMER)):
        answer = predict(service, customer)
        assert answer.status_code == 200, say(en="POST /predict with the brief's {name} answered {code}: {body}",
                                              es="POST /predict con el cliente del brief ({name}) respondió {code}: {body}",
                                              name=name, code=answer.status_code, body=answer.text[:300])
        body = answer.json()
        probability = body.get("churn_probability") if isinstance(body, dict) else None
        assert type(probability) is float and 0.0 <= probability <= 1.0, say(
            en="the answer needs `churn_probability`, a number between 0 and 1; got {body}",
            es="la respuesta necesita `churn_probability`, un número entre 0 y 1; llegó {body}", body=body)
        assert body.get("decision") in DECISIONS, say(en="the answer needs `decision`, one of {decisions}; got {body}",
                                                      es="la respuesta necesita `decision`, uno de {decisions}; llegó {body}",
                                                      decisions=" / ".join(DECISIONS), body=body)
        scores[name] = (probability, body["decision"])
    leaver, loyal = scores["likely leaver"], scores["loyal customer"]
    assert leaver[0] > loyal[0], say(
        en="a two-month fibre customer on a monthly contract ({leaver:.2f}) must score higher than a 70-month two-year customer ({loyal:.2f})",
        es="un cliente de fibra con dos meses y contrato mensual ({leaver:.2f}) debe tener un puntaje mayor que uno con 70 meses y contrato a dos años ({loyal:.2f})",
        leaver=leaver[0], loyal=loyal[0])
    assert (leaver[1], loyal[1]) == ("offer", "no_offer"), say(
        en="the likely leaver should get the offer and the loyal customer not (the brief's costs put the cut-off well between {loyal:.2f} and {leaver:.2f}); got {got}",
        es="el cliente que probablemente se va debe recibir la oferta y el fiel no (los costos del brief ponen el punto de corte bien entre {loyal:.2f} y {leaver:.2f}); llegó {got}",
        loyal=loyal[0], leaver=leaver[0], got=(leaver[1], loyal[1]))


@pytest.mark.parametrize("case, body", [
    ("missing field", {k: v for k, v in CUSTOMER.items() if k != "tenure"}),
    ("text where a number goes", {**CUSTOMER, "tenure": "many"}),
    ("unknown contract", {**CUSTOMER, "contract": "Forever"}),
    ("negative tenure", {**CUSTOMER, "tenure": -3}),
])
def test_bad_input_is_refused_with_4xx(service, case, body):
    answer = predict(service, body)
    assert 400 <= answer.status_code < 500, say(
        en="POST /predict with a {case} answered {code}; bad input must be refused with a 4xx (pydantic types and bounds give 422)",
        es="POST /predict con un caso de «{case}» respondió {code}; una entrada mala se rechaza con un 4xx (los tipos y límites de pydantic dan 422)",
        case=case, code=answer.status_code)


def test_generated_requests_never_get_a_5xx(service, tmp_path):
    """schemathesis reads the service's own OpenAPI schema and sends valid and invalid bodies (seeded, bounded)."""
    command = [str(Path(sys.executable).with_name("schemathesis")), "--no-color", "run", f"{service}/openapi.json",
               "--checks", "not_a_server_error", "--max-examples", "60", "--seed", "8", "--phases", "examples,fuzzing",
               "--workers", "1", "--generation-database", "none", "--request-timeout", "30"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=900)
    assert done.returncode == 0, say(
        en="schemathesis made your service answer with a 5xx (a crash instead of a refusal): tighten the request schema so that bad input gets a 4xx.\n{log}",
        es="schemathesis hizo que su servicio respondiera con un 5xx (un fallo en vez de un rechazo): ajuste el esquema de la solicitud para que una entrada mala reciba un 4xx.\n{log}",
        log=(done.stdout + done.stderr)[-3000:])
