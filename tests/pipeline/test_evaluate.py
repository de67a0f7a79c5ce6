import pandas as pd
import pytest

from credit_scoring.evaluate import confusion_rows, evaluate, roc_points
from credit_scoring.prepare import prepare
from credit_scoring.train import fit_model


@pytest.fixture(scope="module")
def model_and_test(credit_data_path):
    train, test = prepare(pd.read_csv(credit_data_path), test_size=0.2, seed=42)
    return fit_model(train, class_weight="balanced"), test


def test_metrics_beat_chance(model_and_test):
    metrics = evaluate(*model_and_test, threshold=0.5)
    assert set(metrics) == {"roc_auc", "accuracy", "precision", "recall"}
    assert metrics["roc_auc"] > 0.8, f"the credit model ranks bad credits well above chance, got {metrics}"


def test_plot_data(model_and_test):
    model, test = model_and_test
    roc = roc_points(model, test)
    assert list(roc.columns) == ["fpr", "tpr"] and roc["fpr"].is_monotonic_increasing
    confusion = confusion_rows(model, test, threshold=0.5)
    assert len(confusion) == len(test) and set(confusion["predicted"]) == {"good", "bad"}
