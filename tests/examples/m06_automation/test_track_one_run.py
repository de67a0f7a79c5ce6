import shutil
import subprocess

import pytest
from mlflow import MlflowClient

from credit_scoring.train import data_md5
from puente.lender_repo import tool_env

pytestmark = pytest.mark.slow


@pytest.fixture
def course_copy(tmp_path, course_root, credit_data_path):
    """A git repository holding the course data and data.dvc, as a learner's clone would."""
    repo = tmp_path / "Mis cursos" / "año 2026"
    (repo / "data").mkdir(parents=True)
    shutil.copy2(credit_data_path, repo / "data" / "credit_data.csv")
    shutil.copy2(course_root / "data.dvc", repo / "data.dvc")
    for command in (["git", "init", "--quiet"], ["git", "add", "data.dvc"], ["git", "commit", "--quiet", "-m", "data"]):
        subprocess.run(command, cwd=repo, env=tool_env(), check=True, capture_output=True)
    return repo


def test_one_run_is_logged_with_everything_needed_to_rebuild_it(example, course_copy, course_root, monkeypatch):
    monkeypatch.chdir(course_copy)
    store = course_copy / "store"
    run_id = example("track_one_run").log_run(store, {"C": 1.0, "class_weight": "balanced"})
    client = MlflowClient(f"sqlite:///{store / 'mlflow.db'}")
    run = client.get_run(run_id)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=course_copy, capture_output=True, text=True).stdout.strip()
    assert run.data.params == {"C": "1.0", "class_weight": "balanced"}
    assert set(run.data.metrics) == {"roc_auc", "accuracy", "precision", "recall", "brier"}
    assert run.data.tags["data_md5"] == data_md5(course_root / "data.dvc") and run.data.tags["git_commit"] == commit
    assert sorted(f.path for f in client.list_artifacts(run_id, "model")) == ["model/metadata.json", "model/model.skops"]
    assert (store / "artifacts").is_dir()
