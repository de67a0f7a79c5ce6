"""Which columns have holes? Missing values are the first thing production data throws at a model."""

import pandas as pd


def missing_by_column(applications: pd.DataFrame) -> dict[str, int]:
    """Count missing values per column, only columns that have any, largest count first."""
    # TODO: count the missing values of each column (pandas: .isna().sum()),
    # keep the columns with at least one, sort them from most to fewest, and return
    # a plain dict {column: count} with int counts.
    return {}
