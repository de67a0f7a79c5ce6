import tempfile
from pathlib import Path

import pandas as pd
import pytest
from mlflow import MlflowClient

from credit_scoring.model_artifact import save_model
from credit_scoring.train import fit_model

pytestmark = pytest.mark.slow


def logged_run(client: MlflowClient, experiment: str, model) -> str:
    run = client.create_run(experiment)
    with tempfile.TemporaryDirectory() as folder:
        save_model(model, Path(folder), {"metrics": {}})
        client.log_artifacts(run.info.run_id, folder, "model")
    return run.info.run_id


def test_register_promote_load_and_roll_back(example, tmp_path, credit_data_path):
    aliases = example("aliases")
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = MlflowClient(uri)
    experiment = client.create_experiment("credit-scoring", artifact_location=(tmp_path / "artifacts").as_uri())
    applications = pd.read_csv(credit_data_path)
    first = aliases.register(client, logged_run(client, experiment, fit_model(applications.head(300))))
    second = aliases.register(client, logged_run(client, experiment, fit_model(applications)))
    assert (first, second) == ("1", "2")
    client.set_registered_model_alias("credit-scoring", "champion", second)
    model, metadata = aliases.load_champion(client, tmp_path / "served")
    assert model.predict_proba(applications.head(3).drop(columns="status")).shape == (3, 2)
    aliases.roll_back_to(client, first)
    assert str(client.get_model_version_by_alias("credit-scoring", "champion").version) == "1"
    _, rolled_back = aliases.load_champion(client, tmp_path / "served again")
    assert rolled_back["model_sha256"] != metadata["model_sha256"], "after the rollback the service loads version 1's file"
