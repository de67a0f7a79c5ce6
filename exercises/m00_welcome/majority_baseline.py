"""The humblest model: always predict the most common outcome. Every real model must beat it."""

import pandas as pd


def majority_class(status: pd.Series) -> str:
    """The most frequent label; on a tie, the first in alphabetical order."""
    # TODO: count each label (value_counts) and return the most frequent one as a str.
    # On a tie, return the label that comes first alphabetically.
    return ""


def baseline_accuracy(train: pd.DataFrame, test: pd.DataFrame) -> float:
    """Accuracy on `test` of always predicting the majority status learned from `train`."""
    # TODO: learn the majority class from train["status"] only (never look at test!),
    # then return the share of test rows whose status equals it, as a float.
    return 0.0
