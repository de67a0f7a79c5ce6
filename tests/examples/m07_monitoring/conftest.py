"""Fixtures for module 07's lesson examples: import an example file, the lender's data, a small model."""

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from credit_scoring.prepare import clean
from credit_scoring.train import fit_model


@pytest.fixture(scope="session")
def examples_dir(course_root: Path) -> Path:
    return course_root / "modules" / "m07_monitoring" / "examples"


@pytest.fixture(scope="session")
def load_example(examples_dir: Path):
    """Import an example under a unique name; the examples folder is on sys.path, as when the lesson runs them."""
    sys.path.insert(0, str(examples_dir))

    def load(name: str):
        spec = importlib.util.spec_from_file_location(f"m07_examples_{name}", examples_dir / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    yield load
    sys.path.remove(str(examples_dir))


@pytest.fixture(scope="session")
def applications(credit_data_path: Path) -> pd.DataFrame:
    return pd.read_csv(credit_data_path)


@pytest.fixture(scope="session")
def reference(applications: pd.DataFrame) -> pd.DataFrame:
    return clean(applications)


@pytest.fixture(scope="session")
def model(applications: pd.DataFrame):
    return fit_model(applications)
