"""Tracked: the team's tracking command records the run behind the model, with the data version and the commit."""

import pytest
import yaml

from puente.capstone.team_repo import command, head_commit, run, tail
from puente.i18n import say

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]
COMMIT_TAGS = ("git_commit", "mlflow.source.git.commit")


@pytest.fixture(scope="module")
def runs(built):
    """Every MLflow run in the team's store after their [track] command ran in the reproduced copy."""
    words = command(built.config, "track")
    if not words:
        pytest.fail(say(en="capstone.toml has no [track] command: write the one that logs your model's run to MLflow",
                        es="capstone.toml no tiene un [track] command: escriba el que registra la corrida de su modelo en MLflow"), pytrace=False)
    done = run(built.repo, words)
    if done.returncode != 0:
        pytest.fail(say(en="your tracking command failed:\n{log}", es="su comando de seguimiento falló:\n{log}", log=tail(done)), pytrace=False)
    from mlflow import MlflowClient

    uri = str(built.config["track"].get("tracking_uri", "sqlite:///mlflow.db")).replace("sqlite:///", f"sqlite:///{built.repo.as_posix()}/", 1)
    client = MlflowClient(uri)
    return [r for e in client.search_experiments() for r in client.search_runs([e.experiment_id])]


def test_the_run_holds_the_data_version_and_the_commit(built, runs):
    assert runs, say(en="the MLflow store at capstone.toml's tracking_uri holds no run after your tracking command",
                     es="el almacén de MLflow en el tracking_uri de capstone.toml no tiene ninguna corrida después de su comando de seguimiento")
    data_md5 = yaml.safe_load((built.repo / "data" / "wa_churn.csv.dvc").read_text(encoding="utf-8"))["outs"][0]["md5"]
    commit = head_commit(built.repo)
    complete = [r for r in runs if r.data.tags.get("data_version") == data_md5 and any(r.data.tags.get(t) == commit for t in COMMIT_TAGS)]
    assert complete, say(
        en="no run has the tag `data_version` = {md5} (the md5 in data/wa_churn.csv.dvc) and `git_commit` = {commit} (`git rev-parse HEAD`); the runs' tags: {tags}",
        es="ninguna corrida tiene la etiqueta `data_version` = {md5} (el md5 de data/wa_churn.csv.dvc) y `git_commit` = {commit} (`git rev-parse HEAD`); las etiquetas de las corridas: {tags}",
        md5=data_md5, commit=commit, tags=[{k: v for k, v in r.data.tags.items() if not k.startswith("mlflow.")} for r in runs][:3])
    with_metrics = [r for r in complete if r.data.params and any("auc" in name.lower() for name in r.data.metrics)]
    assert with_metrics, say(en="the run must also log its parameters and a held-out AUC metric (e.g. `roc_auc`), so anyone can compare it with the next one",
                             es="la corrida también debe registrar sus parámetros y una métrica AUC sobre datos de prueba (por ejemplo `roc_auc`), para compararla con la siguiente")
