"""Bad bodies get a clear 4xx from the real server: never a 500, never a hang."""

import json

import httpx
import pytest

pytestmark = pytest.mark.slow
JSON = {"content-type": "application/json"}
APPLICANT = {
    "seniority": 9, "home": "rent", "time": 60, "age": 30, "marital": "married", "records": "no",
    "job": "freelance", "expenses": 73, "income": 129, "assets": 0, "debt": 0, "amount": 800, "price": 846,
}


def test_malformed_json_is_a_422_naming_the_problem(reference_url):
    response = httpx.post(f"{reference_url}/predict", content=b'{"age": 30,', headers=JSON)
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"


def test_an_empty_body_is_a_422(reference_url):
    response = httpx.post(f"{reference_url}/predict", content=b"", headers=JSON)
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"] == "Field required"


def test_a_10_mb_body_is_refused_with_413(reference_url):
    body = b'{"pad": "' + b"x" * 10_000_000 + b'"}'
    response = httpx.post(f"{reference_url}/predict", content=body, headers=JSON, timeout=30)
    assert response.status_code == 413
    assert "request body over 1000000 bytes" in response.json()["detail"]


def test_a_10_mb_body_sent_in_chunks_is_refused_with_413(reference_url):
    def chunks():
        yield b'{"pad": "'
        for _ in range(100):
            yield b"x" * 100_000
        yield b'"}'

    response = httpx.post(f"{reference_url}/predict/batch", content=chunks(), headers=JSON, timeout=30)
    assert response.status_code == 413, "without a Content-Length the body is counted as it arrives"


def test_a_batch_over_the_limit_is_a_422_naming_the_limit(reference_url):
    response = httpx.post(f"{reference_url}/predict/batch", json={"applicants": [APPLICANT] * 1001}, timeout=30)
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["body", "applicants"] and "at most 1000" in error["msg"]


def test_nan_over_http_is_a_422_not_a_500(reference_url):
    body = json.dumps({**APPLICANT, "income": float("nan")})
    response = httpx.post(f"{reference_url}/predict", content=body, headers=JSON)
    assert response.status_code == 422, "FastAPI's default 422 cannot echo NaN as JSON; the service's handler must not crash"
    assert response.json()["detail"] == [{"type": "finite_number", "loc": ["body", "income"], "msg": "Input should be a finite number"}]


def test_a_wrong_content_type_is_a_4xx(reference_url):
    response = httpx.post(f"{reference_url}/predict", content=b"age=30", headers={"content-type": "text/plain"})
    assert 400 <= response.status_code < 500
