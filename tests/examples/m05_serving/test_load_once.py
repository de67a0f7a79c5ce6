from fastapi.testclient import TestClient


def test_loads_at_startup_and_predicts(load_example, model_dir, first_applicant, monkeypatch):
    monkeypatch.setenv("PUENTE_MODEL_DIR", str(model_dir))
    app = load_example("load_once").app
    with TestClient(app) as client:
        body = client.post("/predict", json=first_applicant).json()
    assert 0 < body["probability_bad"] < 1 and len(body["model_version"]) == 12
