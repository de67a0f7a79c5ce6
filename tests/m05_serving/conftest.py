"""Fixtures for module 05: a small real model, fitted once per session, in a temporary folder.

The tests never depend on `dvc repro` having run: they train, calibrate and choose the cut-off
of the lender's model on the course data as the train stage does (a few seconds), and save it
with the same `save_model` the DVC pipeline uses.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from credit_scoring.decision import CostMatrix
from credit_scoring.model_artifact import load_model, save_model
from credit_scoring.schema import FEATURE_COLUMNS
from credit_scoring.train import train_and_decide

METRICS = {"cv_roc_auc": 0.81, "train_rows": 4454}


@pytest.fixture(scope="session")
def applications(credit_data_path: Path) -> pd.DataFrame:
    return pd.read_csv(credit_data_path)


@pytest.fixture(scope="session")
def model_dir(applications: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("m05") / "model"
    model, decision, _ = train_and_decide(applications, CostMatrix(5, 1),
                                          class_weight="balanced")
    save_model(model, folder, {"data_md5": "0123456789abcdef0123456789abcdef.dir", "metrics": METRICS,
                               "decision": decision})
    return folder


@pytest.fixture(scope="session")
def served(model_dir: Path):
    """The model and metadata exactly as the service loads them."""
    return load_model(model_dir)


@pytest.fixture(scope="session")
def applicant_rows(applications: pd.DataFrame) -> list[dict]:
    """The first 40 real applicants as JSON-ready dicts; row 29 has holes (null income and home)."""
    frame = applications[list(FEATURE_COLUMNS)].head(40).astype(object)
    return [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in frame.to_dict("records")]


def reference_probabilities(served, rows: list[dict]) -> np.ndarray:
    """What the model says for these rows, computed directly (the answer the service must give)."""
    model, _ = served
    frame = pd.DataFrame.from_records(rows, columns=list(FEATURE_COLUMNS)).fillna(np.nan)
    return model.predict_proba(frame)[:, 1]


@pytest.fixture(scope="session")
def reference(served):
    return lambda rows: reference_probabilities(served, rows)
