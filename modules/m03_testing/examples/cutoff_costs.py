"""What each cut-off costs the lender: the habit of 0.5, the textbook formula, the cheapest on validation rows."""

from pathlib import Path

import pandas as pd

from credit_scoring.decision import CostMatrix, expected_cost
from credit_scoring.prepare import prepare
from credit_scoring.schema import FEATURE_COLUMNS, target
from credit_scoring.train import train_and_decide

COSTS = CostMatrix(approve_bad=5, reject_good=1)


def cost_table(data: Path, costs: CostMatrix = COSTS) -> pd.DataFrame:
    """Expected cost per applicant and approval rate on the test rows, for three cut-offs."""
    train, test = prepare(pd.read_csv(data), test_size=0.2, seed=42)
    model, decision, _ = train_and_decide(train, costs, class_weight="balanced")
    actual, probability = target(test), model.predict_proba(test[list(FEATURE_COLUMNS)])[:, 1]
    cutoffs = {"0.5 by habit": 0.5, "formula 1/(5+1)": costs.bayes_cutoff(), "cheapest on validation": decision["cutoff"]}
    return pd.DataFrame({
        "cut-off": cutoffs,
        "approved": {name: (probability < c).mean() for name, c in cutoffs.items()},
        "cost per applicant": {name: expected_cost(actual, probability, c, costs) for name, c in cutoffs.items()},
    }).round(3)


if __name__ == "__main__":
    print(cost_table(Path("data/credit_data.csv")).to_string())
