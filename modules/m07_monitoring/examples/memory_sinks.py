"""Where the memory goes in a pandas and scikit-learn job: measured on the lender's own columns."""

import pandas as pd


def megabytes(frame: pd.DataFrame | pd.Series) -> float:
    return float(frame.memory_usage(deep=True).sum() if isinstance(frame, pd.DataFrame) else frame.memory_usage(deep=True)) / 1e6


def column_costs(applications: pd.DataFrame) -> dict[str, float]:
    """The same data, stored three ways, and what one-hot encoding every number would do."""
    numbers = applications.select_dtypes("number")
    return {
        "numbers as float64": megabytes(numbers.astype("float64")),
        "numbers as float32": megabytes(numbers.astype("float32")),
        "job as text": megabytes(applications["job"].astype(object)),
        "job as category": megabytes(applications["job"].astype("category")),
        "one-hot of job": megabytes(pd.get_dummies(applications["job"])),
        "one-hot of income (a number!)": megabytes(pd.get_dummies(applications["income"])),
    }

