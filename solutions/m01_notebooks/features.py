"""The analyst's copy-pasted cleaning cells, as functions: learn from train once, apply the same to any rows.

`fit_features` looks at the training rows only; `transform_features` applies what it learned,
so train, test and tomorrow's applicants all get the very same columns and fill values.
"""

import pandas as pd

NUMERIC_COLUMNS = ["seniority", "time", "age", "expenses", "income", "assets", "debt", "amount", "price"]
CATEGORICAL_COLUMNS = ["home", "marital", "records", "job"]


def target(applications: pd.DataFrame) -> pd.Series:
    """1 where the credit went bad (the applicant defaulted), 0 where it was paid."""
    return (applications["status"] == "bad").astype(int).rename("default")


def fit_features(train: pd.DataFrame) -> dict:
    """What the transformation learns from the training rows: medians to fill holes, known categories."""
    return {
        "medians": {column: float(train[column].median()) for column in NUMERIC_COLUMNS},
        "categories": {column: sorted(train[column].dropna().unique().tolist()) for column in CATEGORICAL_COLUMNS},
    }


def transform_features(applications: pd.DataFrame, spec: dict) -> pd.DataFrame:
    """Numbers with holes filled by the train medians, then one 0/1 column per category seen in train.

    A missing or never-seen category gets 0 in every column of its group; the input is left unchanged.
    """
    numbers = applications[NUMERIC_COLUMNS].astype(float).fillna(spec["medians"])
    indicators = {
        f"{column}_{category}": (applications[column] == category).astype(float)
        for column in CATEGORICAL_COLUMNS
        for category in spec["categories"][column]
    }
    return pd.concat([numbers, pd.DataFrame(indicators, index=applications.index)], axis=1)
