"""Behavioural tests for the lender's scorecard: what must not matter, and which way things must move."""

import pytest

from scoring_model import credit_score, decide

BASE_APPLICANT = {
    "seniority": 5, "home": "owner", "time": 48, "age": 36, "marital": "married", "records": "no",
    "job": "fixed", "expenses": 55, "income": 140.0, "assets": 3000.0, "debt": 0.0, "amount": 1000, "price": 1400,
}
MARITAL_STATUSES = ["divorced", "married", "separated", "single", "widow"]
INCOMES = [float(income) for income in range(0, 1001, 5)]


def applicants():
    """Variations of the base applicant on the fields the scorecard does use, to land on both sides of the threshold."""
    for records in ("no", "yes"):
        for seniority in (0, 5, 20):
            for income in INCOMES:
                yield {**BASE_APPLICANT, "records": records, "seniority": seniority, "income": income}


@pytest.mark.parametrize("marital", MARITAL_STATUSES)
def test_marital_status_never_changes_score_or_decision(marital):
    for applicant in applicants():
        changed = {**applicant, "marital": marital}
        assert credit_score(changed) == credit_score(applicant), f"score moved with marital={marital}: {applicant}"
        assert decide(changed) == decide(applicant), f"decision flipped with marital={marital}: {applicant}"


@pytest.mark.parametrize("records", ["no", "yes"])
@pytest.mark.parametrize("seniority", [0, 5, 20])
def test_more_income_never_lowers_the_score(records, seniority):
    applicant = {**BASE_APPLICANT, "records": records, "seniority": seniority}
    scores = [credit_score({**applicant, "income": income}) for income in INCOMES]
    drops = [(INCOMES[i], INCOMES[i + 1]) for i in range(len(scores) - 1) if scores[i + 1] < scores[i]]
    assert not drops, f"the score went down when income rose: {drops[:3]}"
