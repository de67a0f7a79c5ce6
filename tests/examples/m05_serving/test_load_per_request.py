import pytest
from fastapi.testclient import TestClient


def test_gives_the_same_answer_as_loading_once(load_example, model_dir, first_applicant, monkeypatch):
    monkeypatch.setenv("PUENTE_MODEL_DIR", str(model_dir))
    with TestClient(load_example("load_once").app) as once:
        expected = once.post("/predict", json=first_applicant).json()
    got = TestClient(load_example("load_per_request").app).post("/predict", json=first_applicant).json()
    assert got["probability_bad"] == pytest.approx(expected["probability_bad"])
    assert got["model_version"] == expected["model_version"]
