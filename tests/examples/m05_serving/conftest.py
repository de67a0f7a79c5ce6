"""Fixtures for module 05's lesson examples: a small real model, and a way to import an example file."""

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from credit_scoring.model_artifact import save_model
from credit_scoring.schema import FEATURE_COLUMNS
from credit_scoring.train import fit_model


@pytest.fixture(scope="session")
def examples_dir(course_root: Path) -> Path:
    return course_root / "modules" / "m05_serving" / "examples"


@pytest.fixture(scope="session")
def load_example(examples_dir: Path):
    """Import an example file under a unique name, so two modules' examples never collide."""

    def load(name: str):
        spec = importlib.util.spec_from_file_location(f"m05_examples_{name}", examples_dir / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load


@pytest.fixture(scope="session")
def applications(credit_data_path: Path) -> pd.DataFrame:
    return pd.read_csv(credit_data_path)


@pytest.fixture(scope="session")
def model_dir(applications: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("m05-examples") / "model"
    save_model(fit_model(applications), folder, {"data_md5": None, "metrics": {}})
    return folder


@pytest.fixture(scope="session")
def first_applicant(applications: pd.DataFrame) -> dict:
    return {k: (v.item() if hasattr(v, "item") else v) for k, v in applications[list(FEATURE_COLUMNS)].iloc[0].items()}
