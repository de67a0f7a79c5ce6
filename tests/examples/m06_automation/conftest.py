"""Fixtures for the tests of module 06's examples: the lender repository, the examples as modules."""

import importlib.util
import os
from pathlib import Path

import pytest

from puente.lender_repo import build_lender_repo

os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")


@pytest.fixture(scope="session")
def examples_dir(course_root: Path) -> Path:
    return course_root / "modules" / "m06_automation" / "examples"


@pytest.fixture(scope="session")
def example(examples_dir: Path):
    """Import an example file by name (the examples folder is not a package)."""
    def load(name: str):
        spec = importlib.util.spec_from_file_location(f"m06_examples_{name}", examples_dir / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    return load


@pytest.fixture(scope="session")
def lender_repo(tmp_path_factory: pytest.TempPathFactory, course_root: Path, credit_data_path: Path) -> Path:
    return build_lender_repo(course_root, tmp_path_factory.mktemp("lender") / "lender repo")
