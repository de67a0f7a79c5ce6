"""The analyst's copy-pasted cleaning cells, as functions: learn from train once, apply the same to any rows.

`fit_features` looks at the training rows only; `transform_features` applies what it learned,
so train, test and tomorrow's applicants all get the very same columns and fill values.
"""

import pandas as pd

NUMERIC_COLUMNS = ["seniority", "time", "age", "expenses", "income", "assets", "debt", "amount", "price"]
CATEGORICAL_COLUMNS = ["home", "marital", "records", "job"]


def target(applications: pd.DataFrame) -> pd.Series:
    """1 where the credit went bad (the applicant defaulted), 0 where it was paid."""
    # TODO: return a Series of ints: 1 where applications["status"] == "bad", else 0.
    return pd.Series(dtype=int)


def fit_features(train: pd.DataFrame) -> dict:
    """What the transformation learns from the training rows: medians to fill holes, known categories."""
    # TODO: return {"medians": {column: median of train[column] as a float, for each NUMERIC_COLUMNS},
    #               "categories": {column: sorted list of the values seen in train[column], for each
    #                              CATEGORICAL_COLUMNS (missing values left out)}}
    return {}


def transform_features(applications: pd.DataFrame, spec: dict) -> pd.DataFrame:
    """Numbers with holes filled by the train medians, then one 0/1 column per category seen in train.

    A missing or never-seen category gets 0 in every column of its group; the input is left unchanged.
    """
    # TODO: start from applications[NUMERIC_COLUMNS] as floats, fill the holes with spec["medians"];
    # then add one float column named f"{column}_{category}" for each category in spec["categories"],
    # 1.0 where the row has that category, else 0.0. Keep the index of `applications`.
    return pd.DataFrame(index=applications.index)
