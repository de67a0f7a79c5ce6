"""Register a run's model, point the `champion` alias at it, load the champion, roll back.

An alias is a movable name for one version: the service asks for `champion`, never for "version 7",
so promoting or rolling back is one call and the service picks the change up at its next start.
"""

from pathlib import Path

from mlflow import MlflowClient
from mlflow.artifacts import download_artifacts

from credit_scoring.model_artifact import load_model

NAME = "credit-scoring"


def register(client: MlflowClient, run_id: str) -> str:
    """A new version of the registered model from the run's `model` folder; returns its number."""
    if not client.search_registered_models(filter_string=f"name = '{NAME}'"):
        client.create_registered_model(NAME)
    version = client.create_model_version(NAME, source=f"{client.get_run(run_id).info.artifact_uri}/model", run_id=run_id)
    return str(version.version)


def load_champion(client: MlflowClient, folder: Path):
    """What the service does at start-up: fetch the champion's files, verify and load them."""
    champion = client.get_model_version_by_alias(NAME, "champion")
    downloaded = download_artifacts(artifact_uri=champion.source, dst_path=str(folder))
    return load_model(Path(downloaded))


def roll_back_to(client: MlflowClient, version: str) -> None:
    """A rollback is the alias moved back to a version the registry still holds."""
    client.set_registered_model_alias(NAME, "champion", version)
