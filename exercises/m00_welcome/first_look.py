"""First look at the lender's applications: load them, and measure how often credit goes bad."""

from pathlib import Path

import pandas as pd


def load_applications(path: Path) -> pd.DataFrame:
    """Read the credit applications CSV, one row per applicant."""
    # TODO: read the CSV at `path` with pandas and return the DataFrame.
    return pd.DataFrame()


def default_rate(applications: pd.DataFrame) -> float:
    """The share of applicants whose status is "bad" (they did not repay)."""
    # TODO: return the fraction of rows whose "status" column equals "bad", as a float.
    return 0.0
