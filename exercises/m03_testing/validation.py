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
    # TODO: check the rules in this order and raise BatchError at the first one broken:
    # "required" (a column of FEATURE_COLUMNS is absent), "type" (a NUMERIC_RANGES column is not
    # numeric), "missing" (a missing value outside MAY_BE_MISSING, or more than MAX_MISSING_SHARE
    # missing anywhere), "range" (a number outside NUMERIC_RANGES), "category" (a value outside
    # CATEGORIES; missing values are not a category problem). Until then it refuses every batch.
    raise BatchError("(none)", "todo", "validate_batch is not written yet, so it refuses every batch")
