import pytest
from pydantic import ValidationError


def test_a_valid_request_and_each_refusal(load_example):
    LoanRequest = load_example("contract").LoanRequest
    assert LoanRequest(amount=800, time=60, home=None).home is None
    for bad, kind in [({"amount": -1}, "greater_than"), ({"home": "castle"}, "enum"),
                      ({"amount": float("nan")}, "finite_number"), ({"amont": 5}, "extra_forbidden")]:
        with pytest.raises(ValidationError) as refused:
            LoanRequest.model_validate({"amount": 800, "time": 60, "home": "rent", **bad})
        assert kind in [error["type"] for error in refused.value.errors()]
