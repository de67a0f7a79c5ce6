"""Train and score the credit model from the command line: the notebook's recipe, runnable by anyone.

    PYTHONPATH=exercises python -m m01_notebooks.train --data data/credit_data.csv --seed 42 --output metrics.json
"""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from m01_notebooks.features import fit_features, target, transform_features


def train_and_evaluate(applications: pd.DataFrame, seed: int, test_size: float = 0.2) -> dict:
    """Split with `seed`, learn features and model on train, and score ROC AUC on the held-out rows."""
    # TODO: do exactly what your notebook does, with `seed` as the split's random_state:
    # a stratified train_test_split, fit_features on train, a StandardScaler + LogisticRegression(max_iter=1000)
    # fitted on train, and ROC AUC on test. Return {"roc_auc": float, "rows_scored": len(test), "seed": seed}.
    return {}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    # TODO: an argparse.ArgumentParser with --data (a Path, default data/credit_data.csv),
    # --seed (an int, default 42) and --output (a Path, default metrics.json); return parser.parse_args(argv).
    return argparse.Namespace()


def main(argv: list[str] | None = None) -> int:
    # TODO: parse the arguments; if --data is not a file, stop with a one-line message:
    #   sys.exit(f"error: no data file at {args.data}; pass --data with the path of credit_data.csv")
    # then train_and_evaluate, create the output's folder, write the metrics there as JSON and print one line.
    return 0


if __name__ == "__main__":
    sys.exit(main())
