"""Mutant: age 25 falls into the band 26-35 (`<` where `<=` belongs)."""


import pandas as pd

AGE_BANDS = ("18-25", "26-35", "36-50", "51+")


def age_band(age: int) -> str:
    """The band of an age; each band includes both of its ends (25 is "18-25", 26 is "26-35")."""
    if age < 25:
        return "18-25"
    if age <= 35:
        return "26-35"
    if age <= 50:
        return "36-50"
    return "51+"


def loan_to_value(applications: pd.DataFrame) -> pd.Series:
    """The share of the purchase price the lender pays: amount / price."""
    return applications["amount"] / applications["price"]


def fit_income_fill(train: pd.DataFrame) -> float:
    """The value that replaces a missing income: the median income of the training rows."""
    return float(train["income"].median())


def fill_income(applications: pd.DataFrame, fill_value: float) -> pd.DataFrame:
    """A copy with missing incomes replaced by `fill_value`; the input table is left untouched."""
    filled = applications.copy()
    filled["income"] = filled["income"].fillna(fill_value)
    return filled


def build_features(train: pd.DataFrame, test: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill income with train's median (learned on train only), add age_band and loan_to_value."""
    fill_value = fit_income_fill(train)
    return add_features(fill_income(train, fill_value)), add_features(fill_income(test, fill_value))


def add_features(applications: pd.DataFrame) -> pd.DataFrame:
    featured = applications.copy()
    featured["age_band"] = featured["age"].map(age_band)
    featured["loan_to_value"] = loan_to_value(featured)
    return featured
