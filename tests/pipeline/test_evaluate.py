import pandas as pd
import pytest

from credit_scoring.decision import CostMatrix
from credit_scoring.evaluate import (
    confusion_rows,
    decision_metrics,
    draw_reliability,
    evaluate,
    reliability_points,
    roc_points,
)
from credit_scoring.prepare import prepare
from credit_scoring.train import fit_calibrated_model, fit_model


@pytest.fixture(scope="module")
def split(credit_data_path):
    return prepare(pd.read_csv(credit_data_path), test_size=0.2, seed=42)


@pytest.fixture(scope="module")
def model_and_test(split):
    train, test = split
    return fit_model(train, class_weight="balanced"), test


@pytest.fixture(scope="module")
def calibrated_and_test(split):
    train, test = split
    return fit_calibrated_model(train, class_weight="balanced"), test


def test_metrics_beat_chance(model_and_test):
    metrics = evaluate(*model_and_test, threshold=0.5)
    assert set(metrics) == {"roc_auc", "brier", "accuracy", "precision", "recall"}
    assert metrics["roc_auc"] > 0.8, f"the credit model ranks bad credits well above chance, got {metrics}"


def test_calibration_keeps_the_ranking_and_fixes_the_probabilities(model_and_test, calibrated_and_test):
    balanced, calibrated = evaluate(*model_and_test, threshold=0.5), evaluate(*calibrated_and_test, threshold=0.5)
    assert abs(calibrated["roc_auc"] - balanced["roc_auc"]) < 0.005, (balanced, calibrated)
    assert calibrated["brier"] < balanced["brier"] - 0.015, (balanced, calibrated)


def test_the_balanced_model_overstates_risk_and_the_calibrated_one_does_not(model_and_test, calibrated_and_test):
    test = model_and_test[1]
    bad_share = (test["status"] == "bad").mean()
    raw = reliability_points(*model_and_test, bins=10)
    fixed = reliability_points(*calibrated_and_test, bins=10)
    assert (raw["predicted"] - raw["observed"]).mean() > 0.1, "class_weight=balanced inflates every bin"
    assert abs((fixed["predicted"] - fixed["observed"]).mean()) < 0.03
    assert abs(fixed["predicted"].mean() - bad_share) < 0.03


def test_the_cost_based_cutoff_costs_less_than_one_half(calibrated_and_test):
    costs = CostMatrix(approve_bad=5, reject_good=1)
    metrics = decision_metrics(*calibrated_and_test, cutoff=costs.bayes_cutoff(), costs=costs)
    assert metrics["expected_cost"] == metrics["expected_cost_at_bayes_cutoff"]
    assert metrics["expected_cost"] < 0.7 * metrics["expected_cost_at_0_5"], metrics
    assert 0.3 < metrics["approval_rate"] < 0.6, metrics


def test_plot_data(model_and_test, tmp_path):
    model, test = model_and_test
    roc = roc_points(model, test)
    assert list(roc.columns) == ["fpr", "tpr"] and roc["fpr"].is_monotonic_increasing
    confusion = confusion_rows(model, test, threshold=0.5)
    assert len(confusion) == len(test) and set(confusion["predicted"]) == {"good", "bad"}
    curve = reliability_points(model, test, bins=5)
    assert list(curve.columns) == ["predicted", "observed"] and len(curve) == 5
    draw_reliability(curve, tmp_path / "curve.png")
    assert (tmp_path / "curve.png").read_bytes()[:4] == b"\x89PNG"
