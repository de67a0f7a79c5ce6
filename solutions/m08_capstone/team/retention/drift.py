"""The monthly drift report: PSI of every input column of a new batch against the training data."""

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd

from retention.features import CATEGORICAL, FEATURES

THRESHOLD = 0.2
"""Below 0.1 stable, 0.1 to 0.2 watch, 0.2 and above act (the industry's rule of thumb, module 07)."""
FLOOR = 1e-4


def psi(reference: pd.Series, current: pd.Series, bins: int = 10) -> float:
    """Population stability index: reference deciles for numbers, one bin per category."""
    reference, current = reference.dropna(), current.dropna()
    if reference.name in CATEGORICAL or reference.nunique() <= 2:
        categories = sorted(set(reference.astype(str)) | set(current.astype(str)))
        ref = reference.astype(str).value_counts().reindex(categories, fill_value=0).to_numpy()
        cur = current.astype(str).value_counts().reindex(categories, fill_value=0).to_numpy()
    else:
        edges = np.unique(np.quantile(reference, np.linspace(0, 1, bins + 1)))[1:-1]
        ref = np.bincount(np.searchsorted(edges, reference, side="right"), minlength=len(edges) + 1)
        cur = np.bincount(np.searchsorted(edges, current, side="right"), minlength=len(edges) + 1)
    ref, cur = np.maximum(ref / ref.sum(), FLOOR), np.maximum(cur / cur.sum(), FLOOR)
    return float(np.sum((cur - ref) * np.log(cur / ref)))


def report(reference: pd.DataFrame, current: pd.DataFrame) -> dict:
    scores = {column: round(psi(reference[column], current[column]), 4) for column in FEATURES}
    return {"threshold": THRESHOLD, "psi": scores, "drifted": sorted(c for c, s in scores.items() if s >= THRESHOLD)}


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the drift report of a batch against the training data.")
    parser.add_argument("--reference", type=Path, default=Path("data/wa_churn.csv"))
    parser.add_argument("--current", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if not args.current.is_file():
        parser.exit(2, f"error: no batch at {args.current}\n")
    found = report(pd.read_csv(args.reference), pd.read_csv(args.current))
    args.out.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
    print("drifted:", ", ".join(found["drifted"]) or "nothing")


if __name__ == "__main__":
    main()
