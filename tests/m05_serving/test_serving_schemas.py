"""Exercise serving_schemas: the request contract, checked through a tiny FastAPI app that uses it."""

import json

import numpy as np
import pandas as pd
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from m05_serving.schemas import EXAMPLE_APPLICANT, MAX_BATCH_SIZE, Applicant, ApplicantBatch, applicants_to_frame
from pydantic import ValidationError

from credit_scoring.schema import CATEGORIES, FEATURE_COLUMNS


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = FastAPI()

    @app.post("/applicant")
    def echo(applicant: Applicant) -> dict:
        return applicant.model_dump(mode="json")

    @app.post("/batch")
    def count(batch: ApplicantBatch) -> dict:
        return {"count": len(batch.applicants)}

    return TestClient(app)


def errors_for(response, field: str) -> list[dict]:
    assert response.status_code == 422, f"expected 422 (invalid input), got {response.status_code}: {response.text[:300]}"
    return [error for error in response.json()["detail"] if error["loc"][-1] == field]


def test_a_valid_applicant_is_accepted(client):
    response = client.post("/applicant", json=EXAMPLE_APPLICANT)
    assert response.status_code == 200, f"the example applicant must be valid, got {response.status_code}: {response.text[:300]}"
    assert response.json() == EXAMPLE_APPLICANT, "every field of the example must come through unchanged"


def test_holes_are_allowed_where_the_data_has_them(client):
    applicant = {**EXAMPLE_APPLICANT, "home": None, "marital": None, "job": None, "income": None, "assets": None, "debt": None}
    response = client.post("/applicant", json=applicant)
    assert response.status_code == 200, f"home, marital, job, income, assets and debt may be null: got {response.text[:300]}"
    assert response.json() == applicant, "the nulls must come through as nulls, with every other field"


def test_a_missing_field_is_named(client):
    applicant = {k: v for k, v in EXAMPLE_APPLICANT.items() if k != "amount"}
    errors = errors_for(client.post("/applicant", json=applicant), "amount")
    assert [e["type"] for e in errors] == ["missing"], f"a request without amount must say amount is missing, got {errors}"


def test_a_wrong_type_is_named(client):
    errors = errors_for(client.post("/applicant", json={**EXAMPLE_APPLICANT, "age": "forty"}), "age")
    assert [e["type"] for e in errors] in (["int_parsing"], ["int_type"]), f'age "forty" must be refused as not an integer, got {errors}'


def test_an_unknown_category_is_named_with_the_allowed_values(client):
    errors = errors_for(client.post("/applicant", json={**EXAMPLE_APPLICANT, "home": "castle"}), "home")
    assert [e["type"] for e in errors] == ["enum"], f'home "castle" must be refused by an enum, got {errors}'
    assert "owner" in errors[0]["msg"], "the message should list the allowed values"


def test_nan_and_infinity_are_refused():
    body = json.dumps({**EXAMPLE_APPLICANT, "income": float("nan"), "price": float("inf")})
    with pytest.raises(ValidationError) as refused:
        Applicant.model_validate_json(body)
    types = {error["loc"][-1]: error["type"] for error in refused.value.errors()}
    assert types.get("income") == "finite_number" and types.get("price") == "finite_number", (
        f"income NaN and price Infinity must be refused as not finite numbers, got {types}"
    )


def test_a_negative_amount_is_refused(client):
    errors = errors_for(client.post("/applicant", json={**EXAMPLE_APPLICANT, "amount": -500}), "amount")
    assert [e["type"] for e in errors] == ["greater_than"], f"a negative amount must be refused, got {errors}"


def test_a_misspelled_field_is_refused(client):
    errors = errors_for(client.post("/applicant", json={**EXAMPLE_APPLICANT, "incomee": 10}), "incomee")
    assert [e["type"] for e in errors] == ["extra_forbidden"], f"an unknown field (a typo) must be refused, got {errors}"


def test_a_batch_has_limits(client):
    assert client.post("/batch", json={"applicants": [EXAMPLE_APPLICANT] * 3}).json() == {"count": 3}
    too_many = {"applicants": [EXAMPLE_APPLICANT] * (MAX_BATCH_SIZE + 1)}
    assert [e["type"] for e in errors_for(client.post("/batch", json=too_many), "applicants")] == ["too_long"], (
        f"a batch of {MAX_BATCH_SIZE + 1} must be refused"
    )
    assert [e["type"] for e in errors_for(client.post("/batch", json={"applicants": []}), "applicants")] == ["too_short"], (
        "an empty batch must be refused"
    )


def test_the_contract_mirrors_the_data_schema():
    schema = Applicant.model_json_schema()
    assert list(schema["properties"]) == list(FEATURE_COLUMNS), "declare every feature column, in FEATURE_COLUMNS order"
    for column, allowed in CATEGORIES.items():
        options = schema["properties"][column].get("anyOf", [schema["properties"][column]])
        refs = [option["$ref"].split("/")[-1] for option in options if "$ref" in option]
        assert refs, f"{column} must be an enum"
        assert sorted(schema["$defs"][refs[0]]["enum"]) == sorted(allowed), f"{column} must allow exactly {allowed}"
    assert Applicant.model_validate(schema["examples"][0]), "the schema must carry a valid example for /docs"


def test_applicants_become_the_model_table():
    with_holes = Applicant.model_validate({**EXAMPLE_APPLICANT, "home": None, "income": None})
    frame = applicants_to_frame([Applicant.model_validate(EXAMPLE_APPLICANT), with_holes])
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == list(FEATURE_COLUMNS), (
        f"expected the columns {list(FEATURE_COLUMNS)}, got {list(getattr(frame, 'columns', []))}"
    )
    assert len(frame) == 2, f"one row per applicant: expected 2 rows, got {len(frame)}"
    assert frame.loc[0, "home"] == "rent" and frame.loc[0, "amount"] == 800
    assert pd.isna(frame.loc[1, "home"]) and np.isnan(frame.loc[1, "income"]), "None must become NaN, which the model imputes"
