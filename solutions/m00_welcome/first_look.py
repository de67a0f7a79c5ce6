"""First look at the lender's applications: load them, and measure how often credit goes bad."""

from pathlib import Path

import pandas as pd


def load_applications(path: Path) -> pd.DataFrame:
    """Read the credit applications CSV, one row per applicant."""
    return pd.read_csv(path)


def default_rate(applications: pd.DataFrame) -> float:
    """The share of applicants whose status is "bad" (they did not repay)."""
    return float((applications["status"] == "bad").mean())
