"""Fixtures for module 07: the generated year in production and a small real model, once per session.

The year comes from `credit_scoring.production_year` with the drift plan of the course's
params.yaml, so the tests know which columns drifted in which month. The model is the lender's
Pipeline fitted on the course data (well under a second), saved as module 05 serves it.
"""

from pathlib import Path

import pandas as pd
import pytest

from credit_scoring.decision import CostMatrix, decision_record
from credit_scoring.model_artifact import load_model, save_model
from credit_scoring.prepare import clean
from credit_scoring.production_year import production_year, read_plan
from credit_scoring.train import fit_model


@pytest.fixture(scope="session")
def applications(credit_data_path: Path) -> pd.DataFrame:
    return pd.read_csv(credit_data_path)


@pytest.fixture(scope="session")
def reference(applications: pd.DataFrame) -> pd.DataFrame:
    """What the model learned from: the cleaned applications."""
    return clean(applications)


@pytest.fixture(scope="session")
def plan(course_root: Path) -> dict:
    return read_plan(course_root / "params.yaml")


@pytest.fixture(scope="session")
def year(applications: pd.DataFrame, plan: dict) -> pd.DataFrame:
    return production_year(applications, plan)


@pytest.fixture(scope="session")
def model_dir(applications: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("m07") / "model"
    # module 05's service decides with the model's cut-off; its value is not what module 07 tests
    decision = decision_record(0.5, CostMatrix(5, 1))
    save_model(fit_model(applications), folder, {"data_md5": None, "metrics": {}, "decision": decision})
    return folder


@pytest.fixture(scope="session")
def model(model_dir: Path):
    return load_model(model_dir)[0]
