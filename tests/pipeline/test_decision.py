"""The cut-off comes from the lender's costs: computed on the data, never 0.5 by habit."""

import pytest

from credit_scoring.decision import (
    CostMatrix,
    choose_cutoff,
    cutoff_version,
    decide,
    decision_record,
    expected_cost,
    read_decision,
)
from credit_scoring.model_artifact import ModelArtifactError

ACTUAL = [0, 0, 0, 1, 0, 0, 1, 1, 0]
PROBABILITY = [0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.80, 0.90]


def test_expected_cost_counts_each_kind_of_mistake_at_its_price():
    costs = CostMatrix(approve_bad=5, reject_good=1)
    # from 0.5 up: rejects 0.50, 0.60, 0.80, 0.90 -> two good rejected (0.50, 0.90); approves the bad 0.30
    assert expected_cost(ACTUAL, PROBABILITY, 0.5, costs) == pytest.approx((5 * 1 + 1 * 2) / 9)
    assert expected_cost(ACTUAL, PROBABILITY, 0.0, costs) == pytest.approx(6 / 9), "reject all: six good lost"
    assert expected_cost(ACTUAL, PROBABILITY, 1.0, costs) == pytest.approx(15 / 9), "approve all: three bad at 5"


def test_the_cutoff_follows_the_costs():
    expensive_defaults = choose_cutoff(ACTUAL, PROBABILITY, CostMatrix(approve_bad=5, reject_good=1))
    equal_costs = choose_cutoff(ACTUAL, PROBABILITY, CostMatrix(approve_bad=1, reject_good=1))
    assert expensive_defaults == 0.30, "rejecting from 0.30 catches every bad credit for three good ones lost"
    assert equal_costs == 0.60, "with equal costs the bad credit at 0.30 is not worth the two good applicants above it"


def test_the_bayes_cutoff_and_the_decision_rule():
    assert CostMatrix(approve_bad=5, reject_good=1).bayes_cutoff() == pytest.approx(1 / 6)
    assert decide(0.2, 0.2) == "reject" and decide(0.1999, 0.2) == "approve"


def test_a_new_policy_gets_a_new_version():
    costs = CostMatrix(5, 1)
    record = decision_record(0.16, costs)
    assert record["cutoff_version"] == cutoff_version(0.16, costs) and len(record["cutoff_version"]) == 12
    assert cutoff_version(0.16, CostMatrix(4, 1)) != record["cutoff_version"]
    assert cutoff_version(0.17, costs) != record["cutoff_version"]
    assert read_decision({"decision": record}) == (0.16, record["cutoff_version"])


def test_a_model_without_a_cutoff_is_refused_with_the_fix():
    with pytest.raises(ModelArtifactError, match="dvc repro train"):
        read_decision({"model_version": "abc"})


def test_costs_from_params_must_be_positive():
    assert CostMatrix.from_params({"cost_approve_bad": 5, "cost_reject_good": 1}) == CostMatrix(5.0, 1.0)
    with pytest.raises(ValueError, match="decision:"):
        CostMatrix.from_params({"cost_approve_bad": 0, "cost_reject_good": 1})
