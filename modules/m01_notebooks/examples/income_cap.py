"""The analyst's `income_cap` as two functions: learn the cap from train, apply it to any rows."""

import pandas as pd


def fit_income_cap(train: pd.DataFrame, quantile: float = 0.99) -> float:
    """The income above which a value counts as an outlier, learned from the training rows only."""
    return float(train["income"].quantile(quantile))


def cap_income(applications: pd.DataFrame, cap: float) -> pd.DataFrame:
    """A copy with incomes above `cap` lowered to it; missing incomes stay missing, no row is dropped."""
    return applications.assign(income=applications["income"].clip(upper=cap))
