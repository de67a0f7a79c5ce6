"""Fixtures of module 06: the lender's repository built for real, and MLflow stores in temporary folders.

The repository is built once per session (git, DVC, a pushed remote, the pipeline reproduced);
each test copies or clones it. MLflow's telemetry is off for every test (see the lesson).
"""

import os
import shutil
from pathlib import Path

import pytest

from puente.lender_repo import build_lender_repo

MODULE = "m06_automation"
os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
os.environ.setdefault("DO_NOT_TRACK", "true")


@pytest.fixture(scope="session")
def lender_repo(tmp_path_factory: pytest.TempPathFactory, course_root: Path, credit_data_path: Path) -> Path:
    """The clean lender repository on `main` (do not modify it: copy or clone it)."""
    return build_lender_repo(course_root, tmp_path_factory.mktemp("lender") / "lender repo")


@pytest.fixture(scope="module")
def learner_file(request: pytest.FixtureRequest, target_dir: Path) -> Path:
    """The file the learner edits for this test file's exercise (named by the module's FILE)."""
    path = target_dir / MODULE / request.module.FILE
    if not path.is_file():
        pytest.fail(f"{path.name} is missing from {path.parent}: `puente reset` brings the stub back", pytrace=False)
    return path


@pytest.fixture
def copy_of():
    """Copy a folder (symlinks kept) to a new place and return the copy."""
    def copy(source: Path, destination: Path) -> Path:
        shutil.copytree(source, destination, symlinks=True)
        return destination
    return copy
