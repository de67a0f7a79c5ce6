"""Exercise serving_endpoints: the four endpoints, tested in process with FastAPI's TestClient."""

import pytest
from fastapi.testclient import TestClient
from m05_serving import app as service
from m05_serving.app import create_app
from m05_serving.schemas import MAX_BATCH_SIZE

import credit_scoring.model_artifact
from credit_scoring.model_artifact import save_model
from puente.i18n import say


@pytest.fixture(scope="module")
def client(model_dir):
    with TestClient(create_app(model_dir)) as client:  # `with` runs the lifespan: startup, then shutdown
        yield client


def ok_json(response) -> dict:
    assert response.status_code == 200, f"expected 200, got {response.status_code}: {response.text[:300]}"
    return response.json()


def test_health_says_ok_and_names_the_model(client, served):
    _, metadata = served
    assert ok_json(client.get("/health")) == {"status": "ok", "model_version": metadata["model_version"]}


def test_live_and_ready_are_two_questions(client, served, tmp_path):
    """Liveness (is the process up?) never depends on the model; readiness (can it serve?) does."""
    assert ok_json(client.get("/health/ready")) == {"status": "ok", "model_version": served[1]["model_version"]}
    assert ok_json(client.get("/health/live")) == {"status": "alive"}
    with TestClient(create_app(tmp_path / "no-model")) as modelless:
        live, ready = modelless.get("/health/live"), modelless.get("/health/ready")
    assert live.status_code == 200 and live.json() == {"status": "alive"}, say(
        en="/health/live must answer 200 {{\"status\": \"alive\"}} even without a model (a restart would not bring the model back), got {code}: {body}",
        es="/health/live debe responder 200 {{\"status\": \"alive\"}} aun sin modelo (reiniciar no trae el modelo), llegó {code}: {body}",
        code=live.status_code, body=live.text[:200])
    assert ready.status_code == 503 and "no-model" in ready.json().get("detail", ""), say(
        en="/health/ready must answer 503 naming the model folder when no model is loaded, got {code}: {body}",
        es="/health/ready debe responder 503 nombrando la carpeta del modelo cuando no hay modelo cargado, llegó {code}: {body}",
        code=ready.status_code, body=ready.text[:200])


def test_metadata_tells_which_model_and_data(client, served):
    _, metadata = served
    body = ok_json(client.get("/metadata"))
    assert body["model_version"] == metadata["model_version"], "model_version comes from the model's metadata.json"
    assert body["data_md5"] == metadata["data_md5"], "data_md5 says which data version trained the model"
    assert body["metrics"] == metadata["metrics"], "the metrics recorded at training time"


def test_predict_scores_one_applicant(client, applicant_rows, reference, served):
    body = ok_json(client.post("/predict", json=applicant_rows[0]))
    assert body["probability_bad"] == pytest.approx(reference(applicant_rows[:1])[0]), (
        "/predict must answer the model's probability of 'bad' for this applicant"
    )
    assert body["model_version"] == served[1]["model_version"]


def test_predict_decides_at_the_models_cutoff_and_names_its_version(client, applicant_rows, reference, served):
    decision = served[1]["decision"]
    expected = ["reject" if p >= decision["cutoff"] else "approve" for p in reference(applicant_rows)]
    bodies = [ok_json(client.post("/predict", json=row)) for row in applicant_rows]
    got = [body.get("decision") for body in bodies]
    assert got == expected, say(
        en="decision must be reject when probability_bad >= the cut-off {cutoff:.4f} in the model's metadata, else approve",
        es="decision debe ser reject cuando probability_bad >= el punto de corte {cutoff:.4f} de los metadatos del modelo, si no approve",
        cutoff=decision["cutoff"])
    assert {(body.get("cutoff"), body.get("cutoff_version")) for body in bodies} == {
        (decision["cutoff"], decision["cutoff_version"])}, say(
        en="each answer carries the cut-off and its cutoff_version from metadata.json, so the decision can be traced",
        es="cada respuesta lleva el punto de corte y su cutoff_version de metadata.json, para poder rastrear la decisión")


def test_predict_handles_holes_and_refuses_bad_input(client, applicant_rows, reference):
    with_holes = next(row for row in applicant_rows if row["income"] is None)
    body = ok_json(client.post("/predict", json=with_holes))
    assert body["probability_bad"] == pytest.approx(reference([with_holes])[0]), "a null income is imputed by the model"
    refused = client.post("/predict", json={**with_holes, "home": "castle"})
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["body", "home"], (
        f"an unknown category must get 422 naming home, got {refused.status_code}: {refused.text[:300]}"
    )


def test_batch_scores_every_applicant_in_order(client, applicant_rows, reference, served):
    body = ok_json(client.post("/predict/batch", json={"applicants": applicant_rows}))
    assert body["probabilities_bad"] == pytest.approx(list(reference(applicant_rows))), (
        f"expected one probability per applicant ({len(applicant_rows)}), in the order sent"
    )
    decision = served[1]["decision"]
    expected = ["reject" if p >= decision["cutoff"] else "approve" for p in reference(applicant_rows)]
    assert body.get("decisions") == expected, say(
        en="decisions: one per applicant, in order, reject from the cut-off {cutoff:.4f} up",
        es="decisions: una por solicitante, en orden, reject desde el punto de corte {cutoff:.4f} hacia arriba",
        cutoff=decision["cutoff"])
    assert body.get("cutoff_version") == decision["cutoff_version"], say(
        en="the batch answer names the cut-off's version too", es="la respuesta del lote también nombra la versión del corte")
    too_many = client.post("/predict/batch", json={"applicants": applicant_rows[:1] * (MAX_BATCH_SIZE + 1)})
    assert too_many.status_code == 422, f"a batch over {MAX_BATCH_SIZE} must be refused, got {too_many.status_code}"


def test_the_model_is_loaded_once(model_dir, applicant_rows, monkeypatch):
    loads = []

    def counting_load(folder):
        loads.append(folder)
        return original(folder)

    original = credit_scoring.model_artifact.load_model
    monkeypatch.setattr(credit_scoring.model_artifact, "load_model", counting_load)
    monkeypatch.setattr(service, "load_model", counting_load, raising=False)
    with TestClient(create_app(model_dir)) as client:
        for _ in range(3):
            ok_json(client.post("/predict", json=applicant_rows[0]))
        ok_json(client.post("/predict/batch", json={"applicants": applicant_rows[:5]}))
    assert len(loads) == 1, f"the model must be loaded once, at startup; it was loaded {len(loads)} times"


def test_a_missing_model_answers_503_not_500(tmp_path, applicant_rows):
    with TestClient(create_app(tmp_path / "no-model")) as client:
        health = client.get("/health")
        predict = client.post("/predict", json=applicant_rows[0])
    assert health.status_code == 503, f"/health must say 503 (not ready) without a model, got {health.status_code}"
    assert "no-model" in health.json()["detail"], f"the reason must name the model folder, got {health.json()}"
    assert predict.status_code == 503, f"/predict must say 503 without a model, never 500; got {predict.status_code}"


def test_a_model_without_a_cutoff_answers_503_with_the_fix(served, tmp_path, applicant_rows):
    model, metadata = served
    save_model(model, tmp_path, {key: value for key, value in metadata.items() if key != "decision"})
    with TestClient(create_app(tmp_path)) as client:
        predict = client.post("/predict", json=applicant_rows[0])
    assert predict.status_code == 503, say(
        en="a model trained without a cut-off cannot decide: /predict must answer 503, got {status}",
        es="un modelo entrenado sin punto de corte no puede decidir: /predict debe responder 503, respondió {status}",
        status=predict.status_code)
    assert "dvc repro train" in predict.json()["detail"], say(
        en="the 503 says how to fix it (rebuild with dvc repro train)", es="el 503 dice cómo arreglarlo (reconstruir con dvc repro train)")
