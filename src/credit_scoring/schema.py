"""The columns of a credit application: one place that says what the model reads.

The pipeline, the tests and the serving module's request schema all mirror these names, so a
column renamed here fails loudly everywhere instead of silently dropping a feature.
"""

import pandas as pd

TARGET_COLUMN = "status"
POSITIVE_LABEL = "bad"
"""`status == "bad"` means the applicant defaulted: the model predicts 1 for it."""

CATEGORIES: dict[str, tuple[str, ...]] = {
    "home": ("ignore", "other", "owner", "parents", "priv", "rent"),
    "marital": ("divorced", "married", "separated", "single", "widow"),
    "records": ("no", "yes"),
    "job": ("fixed", "freelance", "others", "partime"),
}
CATEGORICAL_COLUMNS: tuple[str, ...] = tuple(CATEGORIES)
NUMERIC_COLUMNS: tuple[str, ...] = (
    "seniority", "time", "age", "expenses", "income", "assets", "debt", "amount", "price",
)
FEATURE_COLUMNS: tuple[str, ...] = (
    "seniority", "home", "time", "age", "marital", "records", "job",
    "expenses", "income", "assets", "debt", "amount", "price",
)
"""Every column of `data/credit_data.csv` except `status`, in the file's order."""


def target(applications: pd.DataFrame) -> pd.Series:
    """1 where the credit went bad, 0 otherwise (the label the model learns)."""
    return (applications[TARGET_COLUMN] == POSITIVE_LABEL).astype(int)


def check_columns(applications: pd.DataFrame, needed: tuple[str, ...] = FEATURE_COLUMNS) -> None:
    """Fail with one clear line when a table lacks columns the model needs."""
    missing = [column for column in needed if column not in applications.columns]
    if missing:
        raise ValueError(
            f"the applications table lacks the column(s) {', '.join(missing)}: "
            "pass a table with every column of data/credit_data.csv (see credit_scoring.schema)"
        )
