"""Stage `prepare`: clean the raw applications and split them into train and test tables.

Run by `dvc repro` as `python -m credit_scoring.prepare`; reads the `prepare:` section of
params.yaml (test_size, seed).
"""

from pathlib import Path

import pandas as pd
from sklearn.model_selection import train_test_split

from credit_scoring import schema
from credit_scoring.params import read_params

RAW_DATA = Path("data/credit_data.csv")
PREPARED = Path("artifacts/prepared")
LABELS = ("good", "bad")


def clean(raw: pd.DataFrame) -> pd.DataFrame:
    """Drop duplicate rows and rows without a label; unknown category values become missing."""
    schema.check_columns(raw, (schema.TARGET_COLUMN, *schema.FEATURE_COLUMNS))
    applications = raw[[schema.TARGET_COLUMN, *schema.FEATURE_COLUMNS]].drop_duplicates()
    applications = applications[applications[schema.TARGET_COLUMN].isin(LABELS)].copy()
    for column, allowed in schema.CATEGORIES.items():
        applications[column] = applications[column].where(applications[column].isin(allowed))
    return applications.reset_index(drop=True)


def split(applications: pd.DataFrame, test_size: float, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A stratified split: train and test keep the same share of bad credits."""
    train, test = train_test_split(
        applications, test_size=test_size, random_state=seed, stratify=applications[schema.TARGET_COLUMN]
    )
    return train.reset_index(drop=True), test.reset_index(drop=True)


def prepare(raw: pd.DataFrame, test_size: float, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    return split(clean(raw), test_size, seed)


def main() -> None:
    params = read_params("prepare")
    if not RAW_DATA.is_file():
        raise SystemExit(f"{RAW_DATA} is missing: run `dvc pull data.dvc` (or `make data`) first")
    train, test = prepare(pd.read_csv(RAW_DATA), float(params["test_size"]), int(params["seed"]))
    PREPARED.mkdir(parents=True, exist_ok=True)
    train.to_csv(PREPARED / "train.csv", index=False)
    test.to_csv(PREPARED / "test.csv", index=False)
    print(f"prepare: {len(train)} train rows, {len(test)} test rows -> {PREPARED}")


if __name__ == "__main__":
    main()
