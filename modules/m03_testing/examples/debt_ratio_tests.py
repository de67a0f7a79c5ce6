import pytest

from debt_ratio import debt_to_income


@pytest.fixture
def applicant():
    return {"debt": 500.0, "income": 200.0}


def test_ratio_of_a_typical_applicant(applicant):
    assert debt_to_income(applicant["debt"], applicant["income"]) == 2.5


@pytest.mark.parametrize(("debt", "income", "expected"), [
    (0.0, 200.0, 0.0),
    (None, 200.0, 0.0),
    (500.0, None, None),
    (500.0, 0.0, None),
])
def test_edge_cases(debt, income, expected):
    assert debt_to_income(debt, income) == expected
