"""Fixtures of the capstone rubric: the team's repository, cleaned, built once, served on demand.

Every rubric item runs the team's real repository: a clean copy (what a clone holds), its data
pulled offline from the course's remote, `dvc repro` run once for all items that need a model.
"""

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from puente.capstone.team_repo import TEAM_FOLDER, clean_copy, read_config, run
from puente.i18n import say

MODULE = "m08_capstone"
os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")


@dataclass
class Built:
    repo: Path
    config: dict
    first: object   # the first `dvc repro`
    second: object  # the second, which must do nothing
    model_mtime: int | None


@pytest.fixture(scope="session")
def team_source(target_dir: Path) -> Path:
    source = target_dir / MODULE / TEAM_FOLDER
    if not (source / "dvc.yaml").is_file():
        pytest.fail(say(en="{path} is not a team repository (no dvc.yaml): `puente capstone new` makes one",
                        es="{path} no es un repositorio de equipo (no tiene dvc.yaml): `puente capstone new` crea uno",
                        path=source), pytrace=False)
    return source


@pytest.fixture(scope="session")
def churn_folder(course_root: Path) -> Path:
    folder = course_root / "churn"
    if not (folder / "next_month.csv").is_file():
        pytest.fail(say(en="churn/next_month.csv is missing: run `make data` first", es="falta churn/next_month.csv: corra primero `make data`"), pytrace=False)
    return folder


@pytest.fixture(scope="session")
def built(team_source: Path, course_root: Path, churn_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The team's repository copied clean (under a path with a space and an accent) and reproduced twice."""
    repo = clean_copy(team_source, tmp_path_factory.mktemp("capstone") / "repositorio del equipo ñ", course_root)
    config = read_config(repo)
    first = run(repo, ["dvc", "repro"])
    model = repo / str(config.get("model", {}).get("path", "models/model.joblib"))
    mtime = model.stat().st_mtime_ns if model.is_file() else None
    second = run(repo, ["dvc", "repro"])
    return Built(repo, config, first, second, mtime)


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """An empty folder for a command's outputs (a drift report), outside the team's repository."""
    folder = tmp_path / "salida del equipo"
    folder.mkdir()
    return folder


@pytest.fixture
def fresh(team_source: Path, course_root: Path, tmp_path: Path) -> Path:
    """A clean copy of its own, for a test that must not share state (it is removed afterwards)."""
    repo = clean_copy(team_source, tmp_path / "copia limpia", course_root)
    yield repo
    shutil.rmtree(repo, ignore_errors=True)
