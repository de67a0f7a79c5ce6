"""Stage `evaluate`: score the model on the test table; write metrics and the data of three plots.

Run by `dvc repro` as `python -m credit_scoring.evaluate`; reads the `evaluate:` section of
params.yaml (reliability_bins) and the cut-off and costs from the model's metadata (chosen by
`train` on validation rows). `dvc metrics show` reads artifacts/metrics.json, `dvc plots show`
draws artifacts/plots/roc.csv, confusion.csv and reliability.csv (and shows reliability.png).
"""

import json
from pathlib import Path

import pandas as pd
from sklearn.calibration import calibration_curve
from sklearn.metrics import (
    accuracy_score,
    brier_score_loss,
    precision_score,
    recall_score,
    roc_auc_score,
    roc_curve,
)
from sklearn.pipeline import Pipeline

from credit_scoring import schema
from credit_scoring.decision import CostMatrix, expected_cost, read_decision
from credit_scoring.model_artifact import load_model
from credit_scoring.params import read_params

TEST_DATA = Path("artifacts/prepared/test.csv")
MODEL_FOLDER = Path("artifacts/model")
METRICS = Path("artifacts/metrics.json")
PLOTS = Path("artifacts/plots")


def default_probability(model: Pipeline, applications: pd.DataFrame) -> pd.Series:
    return pd.Series(model.predict_proba(applications[list(schema.FEATURE_COLUMNS)])[:, 1], index=applications.index)


def evaluate(model: Pipeline, test: pd.DataFrame, threshold: float) -> dict[str, float]:
    """ROC AUC (ranking), Brier score (calibration) and accuracy, precision, recall of rejecting from `threshold` up."""
    actual = schema.target(test)
    probability = default_probability(model, test)
    flagged = (probability >= threshold).astype(int)
    return {
        "roc_auc": round(float(roc_auc_score(actual, probability)), 4),
        "brier": round(float(brier_score_loss(actual, probability)), 4),
        "accuracy": round(float(accuracy_score(actual, flagged)), 4),
        "precision": round(float(precision_score(actual, flagged, zero_division=0)), 4),
        "recall": round(float(recall_score(actual, flagged)), 4),
    }


def decision_metrics(model: Pipeline, test: pd.DataFrame, cutoff: float, costs: CostMatrix) -> dict[str, float]:
    """What the cut-off costs on the test table, next to the habit of 0.5 and to the textbook cut-off."""
    actual, probability = schema.target(test), default_probability(model, test)
    return {
        "cutoff": round(cutoff, 4),
        "approval_rate": round(float((probability < cutoff).mean()), 4),
        "expected_cost": round(expected_cost(actual, probability, cutoff, costs), 4),
        "expected_cost_at_0_5": round(expected_cost(actual, probability, 0.5, costs), 4),
        "expected_cost_at_bayes_cutoff": round(expected_cost(actual, probability, costs.bayes_cutoff(), costs), 4),
    }


def reliability_points(model: Pipeline, test: pd.DataFrame, bins: int) -> pd.DataFrame:
    """Per bin of equally many applicants: the mean predicted probability and the share that really went bad."""
    observed, predicted = calibration_curve(schema.target(test), default_probability(model, test),
                                            n_bins=bins, strategy="quantile")
    return pd.DataFrame({"predicted": predicted.round(4), "observed": observed.round(4)})


def roc_points(model: Pipeline, test: pd.DataFrame) -> pd.DataFrame:
    fpr, tpr, _ = roc_curve(schema.target(test), default_probability(model, test))
    return pd.DataFrame({"fpr": fpr.round(4), "tpr": tpr.round(4)})


def confusion_rows(model: Pipeline, test: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """One row per applicant, actual versus predicted label: DVC's confusion template counts them."""
    flagged = default_probability(model, test) >= threshold
    return pd.DataFrame({
        "actual": test[schema.TARGET_COLUMN].to_numpy(),
        "predicted": flagged.map({True: "bad", False: "good"}).to_numpy(),
    })


def draw_reliability(points: pd.DataFrame, path: Path) -> None:
    """The reliability curve as a PNG: a calibrated model's points lie on the diagonal."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(4.5, 4.5))
    axes.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfectly calibrated")
    axes.plot(points["predicted"], points["observed"], marker="o", label="model (test rows)")
    axes.set(xlabel="mean predicted probability of bad", ylabel="share that went bad", xlim=(0, 1), ylim=(0, 1))
    axes.legend(loc="upper left")
    figure.tight_layout()
    figure.savefig(path, dpi=100, metadata={"Software": None})
    pyplot.close(figure)


def main() -> None:
    bins = int(read_params("evaluate")["reliability_bins"])
    model, metadata = load_model(MODEL_FOLDER)
    cutoff, _ = read_decision(metadata)
    costs = CostMatrix(metadata["decision"]["cost_approve_bad"], metadata["decision"]["cost_reject_good"])
    test = pd.read_csv(TEST_DATA)
    metrics = {**evaluate(model, test, cutoff), **decision_metrics(model, test, cutoff, costs)}
    METRICS.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    PLOTS.mkdir(parents=True, exist_ok=True)
    roc_points(model, test).to_csv(PLOTS / "roc.csv", index=False)
    confusion_rows(model, test, cutoff).to_csv(PLOTS / "confusion.csv", index=False)
    reliability = reliability_points(model, test, bins)
    reliability.to_csv(PLOTS / "reliability.csv", index=False)
    draw_reliability(reliability, PLOTS / "reliability.png")
    print(f"evaluate: {metrics} -> {METRICS}")


if __name__ == "__main__":
    main()
