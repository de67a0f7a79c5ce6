"""track_experiments logs every run to MLflow with params, metrics, data md5, commit and skops model; the best is registered.

The store is SQLite in a temporary folder with a file artifact root; the test reads it back with
MlflowClient only, the way a colleague (or `mlflow ui`) would.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from m06_automation.track_experiments import track_experiments
from mlflow import MlflowClient

from credit_scoring.model_artifact import load_model
from credit_scoring.train import data_md5
from puente.i18n import say
from puente.lender_repo import tool_env

FILE = "track_experiments.py"
SETTINGS = {
    "balanced": {"C": 1.0, "class_weight": "balanced"},
    "plain": {"C": 1.0, "class_weight": None},
    "tiny_c": {"C": 0.0005, "class_weight": "balanced"},
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store(tmp_path_factory, course_root, credit_data_path):
    """A git repository with the course data and data.dvc, one MLflow store, and the learner's returned run id."""
    folder = tmp_path_factory.mktemp("tracking") / "año 2026"
    repo = folder / "repo"
    (repo / "data").mkdir(parents=True)
    shutil.copy2(credit_data_path, repo / "data" / "credit_data.csv")
    shutil.copy2(course_root / "data.dvc", repo / "data.dvc")
    for command in (["git", "init", "--quiet"], ["git", "add", "data.dvc"], ["git", "commit", "--quiet", "-m", "data"]):
        subprocess.run(command, cwd=repo, env=tool_env(), check=True, capture_output=True)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()
    uri = f"sqlite:///{folder / 'mlflow.db'}"
    best = track_experiments(uri, folder / "artifacts", repo, SETTINGS)
    client = MlflowClient(uri)
    experiment = client.get_experiment_by_name("credit-scoring")
    runs = client.search_runs([experiment.experiment_id]) if experiment else []
    return {"client": client, "runs": runs, "best": best, "commit": commit, "md5": data_md5(course_root / "data.dvc"), "folder": folder}


def by_name(store) -> dict:
    runs = {run.info.run_name: run for run in store["runs"]}
    assert set(runs) == set(SETTINGS), say(en="expected one run per setting {wanted}, found {found}",
                                            es="se esperaba una corrida por configuración {wanted}, se encontraron {found}",
                                            wanted=sorted(SETTINGS), found=sorted(runs))
    return runs


def test_each_run_has_its_params_and_metrics(store):
    for name, run in by_name(store).items():
        wanted = {key: str(value) for key, value in SETTINGS[name].items()}
        got = {key: run.data.params.get(key) for key in wanted}
        assert got == wanted, say(en="run {name}: params {got}, expected {wanted}", es="corrida {name}: parámetros {got}, se esperaban {wanted}",
                                  name=name, got=got, wanted=wanted)
        auc = run.data.metrics.get("roc_auc")
        assert isinstance(auc, float) and 0.5 < auc < 1.0, say(en="run {name}: metric roc_auc is {auc}, expected a held-out AUC between 0.5 and 1",
                                                               es="corrida {name}: la métrica roc_auc es {auc}, se esperaba un AUC de prueba entre 0,5 y 1",
                                                               name=name, auc=auc)


def test_each_run_records_the_data_version_and_the_commit(store):
    for name, run in by_name(store).items():
        got = (run.data.tags.get("data_md5"), run.data.tags.get("git_commit"))
        assert got == (store["md5"], store["commit"]), say(
            en="run {name}: tags data_md5 and git_commit are {got}, expected {wanted} (data.dvc's md5 and the repo's HEAD)",
            es="corrida {name}: las etiquetas data_md5 y git_commit son {got}, se esperaban {wanted} (el md5 de data.dvc y el HEAD del repositorio)",
            name=name, got=got, wanted=(store["md5"], store["commit"]))


def test_each_run_holds_a_skops_model_that_loads(store, tmp_path):
    for name, run in by_name(store).items():
        files = sorted(f.path for f in store["client"].list_artifacts(run.info.run_id, "model"))
        assert files == ["model/metadata.json", "model/model.skops"], say(
            en="run {name}: artifacts under model/ are {files}, expected metadata.json and model.skops (save_model, then log_artifacts)",
            es="corrida {name}: los artefactos bajo model/ son {files}, se esperaban metadata.json y model.skops (save_model y luego log_artifacts)",
            name=name, files=files)
        folder = store["client"].download_artifacts(run.info.run_id, "model", str(tmp_path / name))
        _, metadata = load_model(Path(folder))
        assert metadata["metrics"]["roc_auc"] == pytest.approx(run.data.metrics["roc_auc"]), say(
            en="run {name}: the artifact's metadata and the run disagree on roc_auc", es="corrida {name}: los metadatos del artefacto y la corrida no coinciden en roc_auc", name=name)


def test_the_best_run_is_registered_as_a_new_version(store):
    runs = by_name(store)
    best = max(runs.values(), key=lambda run: run.data.metrics["roc_auc"])
    versions = store["client"].search_model_versions("name = 'credit-scoring'")
    got = [(str(v.version), v.run_id) for v in versions]
    assert got == [("1", best.info.run_id)] and store["best"] == best.info.run_id, say(
        en="expected version 1 of credit-scoring from the best run {best} ({name}) and that run id returned; found {got}, returned {returned!r}",
        es="se esperaba la versión 1 de credit-scoring a partir de la mejor corrida {best} ({name}) y ese id devuelto; se encontró {got}, se devolvió {returned!r}",
        best=best.info.run_id, name=best.info.run_name, got=got, returned=store["best"])
