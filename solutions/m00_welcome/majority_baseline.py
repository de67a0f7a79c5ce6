"""The humblest model: always predict the most common outcome. Every real model must beat it."""

import pandas as pd


def majority_class(status: pd.Series) -> str:
    """The most frequent label; on a tie, the first in alphabetical order."""
    counts = status.value_counts()
    return str(min(counts[counts == counts.max()].index))


def baseline_accuracy(train: pd.DataFrame, test: pd.DataFrame) -> float:
    """Accuracy on `test` of always predicting the majority status learned from `train`."""
    prediction = majority_class(train["status"])
    return float((test["status"] == prediction).mean())
