"""Check a batch of credit applications before the model sees it: refuse bad data loudly.

A batch that breaks a rule raises BatchError naming the column and the rule, so whoever sends
the data knows what to fix. Rules, checked in this order: required, type, missing, range, category.
"""

import pandas as pd
from pandas.api.types import is_numeric_dtype

from credit_scoring.schema import CATEGORIES, FEATURE_COLUMNS

NUMERIC_RANGES: dict[str, tuple[float, float]] = {
    "seniority": (0, 60), "time": (1, 120), "age": (18, 100), "expenses": (0, 1_000), "income": (0, 10_000),
    "assets": (0, 10_000_000), "debt": (0, 10_000_000), "amount": (1, 100_000), "price": (1, 1_000_000),
}
"""Inclusive bounds of every numeric column."""
MAY_BE_MISSING = ("home", "marital", "job", "income", "assets", "debt")
"""Columns where a missing value is normal; every other column must be complete."""
MAX_MISSING_SHARE = 0.5
"""Even where missing values are normal, more than half missing means a broken feed."""


class BatchError(ValueError):
    """A batch broke a rule: `column` and `rule` say which, the message says what to fix."""

    def __init__(self, column: str, rule: str, detail: str) -> None:
        super().__init__(f"column '{column}' breaks the {rule} rule: {detail}")
        self.column = column
        self.rule = rule


def validate_batch(batch: pd.DataFrame) -> None:
    """Return None for a good batch; raise BatchError(column, rule, detail) at the first broken rule."""
    for column in FEATURE_COLUMNS:
        if column not in batch.columns:
            raise BatchError(column, "required", "the column is absent; send every column of data/credit_data.csv")
    for column in NUMERIC_RANGES:
        if not is_numeric_dtype(batch[column]):
            raise BatchError(column, "type", f"expected numbers, got {batch[column].dtype}")
    for column in FEATURE_COLUMNS:
        check_missing(batch, column)
    for column, (low, high) in NUMERIC_RANGES.items():
        outside = batch[column].dropna()[~batch[column].dropna().between(low, high)]
        if len(outside):
            raise BatchError(column, "range", f"{len(outside)} value(s) outside {low}..{high}, e.g. {outside.iloc[0]}")
    for column, allowed in CATEGORIES.items():
        unknown = sorted(set(batch[column].dropna()) - set(allowed))
        if unknown:
            raise BatchError(column, "category", f"unknown value(s) {unknown}; allowed: {list(allowed)}")


def check_missing(batch: pd.DataFrame, column: str) -> None:
    missing = int(batch[column].isna().sum())
    if missing and column not in MAY_BE_MISSING:
        raise BatchError(column, "missing", f"{missing} missing value(s) in a column that must be complete")
    if len(batch) and missing / len(batch) > MAX_MISSING_SHARE:
        raise BatchError(column, "missing", f"{missing} of {len(batch)} values missing (more than {MAX_MISSING_SHARE:.0%})")
