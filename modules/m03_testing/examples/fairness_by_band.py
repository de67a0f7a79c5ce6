"""Who gets approved, and whom the model gets wrong, per age band: the questions a regulator asks."""

from pathlib import Path

import pandas as pd

from credit_scoring.decision import CostMatrix
from credit_scoring.prepare import prepare
from credit_scoring.schema import FEATURE_COLUMNS, target
from credit_scoring.train import train_and_decide

AGE_BINS = [17, 25, 35, 50, 200]
AGE_LABELS = ["18-25", "26-35", "36-50", "51+"]


def rates_by_band(age: pd.Series, actual: pd.Series, rejected: pd.Series) -> pd.DataFrame:
    """Per band: applicants, share that went bad, approval rate, good applicants rejected, bad credits approved."""
    table = pd.DataFrame({"band": pd.cut(age, bins=AGE_BINS, labels=AGE_LABELS), "bad": actual == 1, "rejected": rejected})
    return table.groupby("band", observed=True).apply(lambda rows: pd.Series({
        "applicants": len(rows),
        "share bad": rows["bad"].mean(),
        "approved": 1 - rows["rejected"].mean(),
        "good rejected": rows.loc[~rows["bad"], "rejected"].mean(),
        "bad approved": 1 - rows.loc[rows["bad"], "rejected"].mean(),
    }), include_groups=False).round(3).astype({"applicants": int})


def reference_rates(data: Path) -> pd.DataFrame:
    """The reference model at its cost-based cut-off, on the test rows."""
    train, test = prepare(pd.read_csv(data), test_size=0.2, seed=42)
    model, decision, _ = train_and_decide(train, CostMatrix(5, 1), class_weight="balanced")
    probability = pd.Series(model.predict_proba(test[list(FEATURE_COLUMNS)])[:, 1])
    return rates_by_band(test["age"], target(test), probability >= decision["cutoff"])


if __name__ == "__main__":
    print(reference_rates(Path("data/credit_data.csv")).to_string())
