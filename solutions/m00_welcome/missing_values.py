"""Which columns have holes? Missing values are the first thing production data throws at a model."""

import pandas as pd


def missing_by_column(applications: pd.DataFrame) -> dict[str, int]:
    """Count missing values per column, only columns that have any, largest count first."""
    counts = applications.isna().sum()
    counts = counts[counts > 0].sort_values(ascending=False, kind="stable")
    return {column: int(count) for column, count in counts.items()}
