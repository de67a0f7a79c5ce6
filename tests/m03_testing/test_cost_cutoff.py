"""cost_cutoff: the cut-off of lowest expected cost on validation data, computed from the cost matrix.

The expected costs here are recomputed by the test itself, and the cut-off is checked under two
cost matrices: an answer that is hard-coded (0.5, or the number one matrix gives) fails the other.
"""

import pandas as pd
import pytest
from m03_testing.cutoff import best_cutoff, expected_cost

from credit_scoring.prepare import prepare
from credit_scoring.schema import FEATURE_COLUMNS, target
from credit_scoring.train import fit_calibrated_model, split_validation
from puente.i18n import say

ACTUAL = [0, 0, 0, 1, 0, 0, 1, 1, 0]
PROBABILITY = [0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.80, 0.90]


def cost_of(actual: list[int], probability: list[float], cutoff: float, approve_bad: float, reject_good: float) -> float:
    """The test's own expected cost: reject from the cut-off up."""
    approved_bad = sum(1 for a, p in zip(actual, probability, strict=True) if a == 1 and p < cutoff)
    rejected_good = sum(1 for a, p in zip(actual, probability, strict=True) if a == 0 and p >= cutoff)
    return (approve_bad * approved_bad + reject_good * rejected_good) / len(actual)


def lowest_cost(actual: list[int], probability: list[float], approve_bad: float, reject_good: float) -> float:
    return min(cost_of(actual, probability, c, approve_bad, reject_good) for c in {*probability, 1.0})


def learner_cutoff(actual: list[int], probability: list[float], approve_bad: float, reject_good: float) -> float:
    got = best_cutoff(list(actual), list(probability), approve_bad, reject_good)
    assert isinstance(got, float) and not isinstance(got, bool), say(
        en="best_cutoff must return a float, got {kind}", es="best_cutoff debe devolver un float, devolvió {kind}",
        kind=type(got).__name__)
    return float(got)


@pytest.fixture(scope="module")
def validation(credit_data_path) -> tuple[list[int], list[float]]:
    """Calibrated probabilities on the validation rows, exactly as the pipeline's train stage makes them."""
    train, _ = prepare(pd.read_csv(credit_data_path), test_size=0.2, seed=42)
    fit, held_out = split_validation(train, validation_size=0.25, seed=42)
    model = fit_calibrated_model(fit, class_weight="balanced")
    probability = model.predict_proba(held_out[list(FEATURE_COLUMNS)])[:, 1]
    return [int(a) for a in target(held_out)], [float(p) for p in probability]


def test_expected_cost_prices_each_kind_of_mistake():
    got = expected_cost(ACTUAL, PROBABILITY, 0.5, 5, 1)
    assert isinstance(got, float) and got == pytest.approx(7 / 9), say(
        en="at cut-off 0.5 the bad credit at 0.30 is approved (5) and the good ones at 0.50 and 0.90 rejected (1 + 1): 7/9 = {want:.4f} per applicant, got {got}",
        es="con corte 0,5 se aprueba el crédito malo de 0,30 (5) y se rechazan los buenos de 0,50 y 0,90 (1 + 1): 7/9 = {want:.4f} por solicitante, se obtuvo {got}",
        want=7 / 9, got=got)
    assert expected_cost(ACTUAL, PROBABILITY, 0.0, 5, 1) == pytest.approx(6 / 9), say(
        en="cut-off 0 rejects everyone: six good applicants lost at 1 each is 6/9",
        es="el corte 0 rechaza a todos: seis buenos solicitantes perdidos a 1 cada uno da 6/9")
    assert expected_cost(ACTUAL, PROBABILITY, 1.0, 5, 1) == pytest.approx(15 / 9), say(
        en="cut-off 1.0 approves everyone: three bad credits at 5 each is 15/9",
        es="el corte 1,0 aprueba a todos: tres créditos malos a 5 cada uno da 15/9")


def test_the_best_cutoff_of_a_tiny_table_follows_the_costs():
    dear_defaults = learner_cutoff(ACTUAL, PROBABILITY, 5, 1)
    equal_costs = learner_cutoff(ACTUAL, PROBABILITY, 1, 1)
    assert cost_of(ACTUAL, PROBABILITY, dear_defaults, 5, 1) == pytest.approx(3 / 9), say(
        en="with costs 5:1 the cheapest policy rejects from 0.30 up (cost 3/9); cut-off {cutoff} costs {cost:.4f}",
        es="con costos 5:1 la política más barata rechaza desde 0,30 (costo 3/9); el corte {cutoff} cuesta {cost:.4f}",
        cutoff=dear_defaults, cost=cost_of(ACTUAL, PROBABILITY, dear_defaults, 5, 1))
    assert cost_of(ACTUAL, PROBABILITY, equal_costs, 1, 1) == pytest.approx(2 / 9), say(
        en="with costs 1:1 the cheapest policy rejects from 0.60 up (cost 2/9); cut-off {cutoff} costs {cost:.4f}",
        es="con costos 1:1 la política más barata rechaza desde 0,60 (costo 2/9); el corte {cutoff} cuesta {cost:.4f}",
        cutoff=equal_costs, cost=cost_of(ACTUAL, PROBABILITY, equal_costs, 1, 1))


def test_on_validation_data_the_cutoff_has_the_lowest_expected_cost(validation):
    actual, probability = validation
    cutoff = learner_cutoff(actual, probability, 5, 1)
    got, best = cost_of(actual, probability, cutoff, 5, 1), lowest_cost(actual, probability, 5, 1)
    assert got == pytest.approx(best, abs=1e-12), say(
        en="with costs 5:1 the lowest expected cost on the {n} validation rows is {best:.4f} per applicant; cut-off {cutoff:.4f} costs {got:.4f}",
        es="con costos 5:1 el menor costo esperado en las {n} filas de validación es {best:.4f} por solicitante; el corte {cutoff:.4f} cuesta {got:.4f}",
        n=len(actual), best=best, cutoff=cutoff, got=got)


def test_another_cost_matrix_gives_another_cutoff(validation):
    actual, probability = validation
    cutoffs = {}
    for approve_bad, reject_good in ((10, 1), (2, 1)):
        cutoff = learner_cutoff(actual, probability, approve_bad, reject_good)
        got = cost_of(actual, probability, cutoff, approve_bad, reject_good)
        best = lowest_cost(actual, probability, approve_bad, reject_good)
        assert got == pytest.approx(best, abs=1e-12), say(
            en="with costs {a}:{r} the lowest expected cost is {best:.4f}; cut-off {cutoff:.4f} costs {got:.4f}: compute it from the costs, do not hard-code it",
            es="con costos {a}:{r} el menor costo esperado es {best:.4f}; el corte {cutoff:.4f} cuesta {got:.4f}: calcúlelo a partir de los costos, no lo escriba fijo",
            a=approve_bad, r=reject_good, best=best, cutoff=cutoff, got=got)
        cutoffs[approve_bad] = cutoff
    assert cutoffs[10] < cutoffs[2], say(
        en="the dearer a bad credit, the lower the cut-off: got {dear:.4f} at 10:1 and {cheap:.4f} at 2:1",
        es="entre más caro un crédito malo, más bajo el corte: se obtuvo {dear:.4f} con 10:1 y {cheap:.4f} con 2:1",
        dear=cutoffs[10], cheap=cutoffs[2])
