"""Stage `evaluate`: score the model on the test table; write metrics and the data of two plots.

Run by `dvc repro` as `python -m credit_scoring.evaluate`; reads the `evaluate:` section of
params.yaml (threshold). `dvc metrics show` reads artifacts/metrics.json, `dvc plots show`
draws artifacts/plots/roc.csv and artifacts/plots/confusion.csv.
"""

import json
from pathlib import Path

import pandas as pd
from sklearn.metrics import accuracy_score, precision_score, recall_score, roc_auc_score, roc_curve
from sklearn.pipeline import Pipeline

from credit_scoring import schema
from credit_scoring.model_artifact import load_model
from credit_scoring.params import read_params

TEST_DATA = Path("artifacts/prepared/test.csv")
MODEL_FOLDER = Path("artifacts/model")
METRICS = Path("artifacts/metrics.json")
PLOTS = Path("artifacts/plots")


def default_probability(model: Pipeline, applications: pd.DataFrame) -> pd.Series:
    return pd.Series(model.predict_proba(applications[list(schema.FEATURE_COLUMNS)])[:, 1], index=applications.index)


def evaluate(model: Pipeline, test: pd.DataFrame, threshold: float) -> dict[str, float]:
    """ROC AUC (ranking) and accuracy, precision, recall of flagging applicants above `threshold`."""
    actual = schema.target(test)
    probability = default_probability(model, test)
    flagged = (probability >= threshold).astype(int)
    return {
        "roc_auc": round(float(roc_auc_score(actual, probability)), 4),
        "accuracy": round(float(accuracy_score(actual, flagged)), 4),
        "precision": round(float(precision_score(actual, flagged, zero_division=0)), 4),
        "recall": round(float(recall_score(actual, flagged)), 4),
    }


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


def main() -> None:
    threshold = float(read_params("evaluate")["threshold"])
    model, _ = load_model(MODEL_FOLDER)
    test = pd.read_csv(TEST_DATA)
    metrics = evaluate(model, test, threshold)
    METRICS.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    PLOTS.mkdir(parents=True, exist_ok=True)
    roc_points(model, test).to_csv(PLOTS / "roc.csv", index=False)
    confusion_rows(model, test, threshold).to_csv(PLOTS / "confusion.csv", index=False)
    print(f"evaluate: {metrics} -> {METRICS}")


if __name__ == "__main__":
    main()
