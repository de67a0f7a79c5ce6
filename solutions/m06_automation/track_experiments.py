"""Track the lender's experiments with MLflow: one run per setting, the best one registered.

Each run records what it takes to trust and rebuild a model: its parameters, its metrics on the
held-out rows, the data version (the md5 in data.dvc), the git commit, and the skops artifact.

ES: Registrar los experimentos del banco con MLflow: una corrida por configuración y la mejor
registrada. Cada corrida guarda lo necesario para confiar en un modelo y reconstruirlo: sus
parámetros, sus métricas en las filas de prueba, la versión de los datos (el md5 de data.dvc),
el commit de git y el artefacto skops.
"""

import subprocess
import tempfile
from pathlib import Path

import mlflow
import pandas as pd
from mlflow import MlflowClient

from credit_scoring.evaluate import evaluate
from credit_scoring.model_artifact import save_model
from credit_scoring.prepare import prepare
from credit_scoring.train import data_md5, fit_model

EXPERIMENT = "credit-scoring"
MODEL_NAME = "credit-scoring"
BEST_BY = "roc_auc"


def git_commit(repo: Path) -> str:
    """The commit the code was at (`git rev-parse HEAD`).

    ES: El commit en el que estaba el código (`git rev-parse HEAD`).
    """
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()


def track_experiments(tracking_uri: str, artifact_root: Path, repo: Path, settings: dict[str, dict]) -> str:
    """Train and log one MLflow run per setting; register the best run's model; return that run's id.

    `settings` maps a run name to the model's parameters, e.g. `{"strong": {"C": 1.0, "class_weight": "balanced"}}`.
    The data is `repo/data/credit_data.csv`, its version `repo/data.dvc`, the code `repo`'s HEAD.

    ES: Entrena y registra una corrida de MLflow por configuración; registra el modelo de la mejor
    corrida; devuelve el id de esa corrida. `settings` asigna a cada nombre de corrida los parámetros
    del modelo. Los datos son `repo/data/credit_data.csv`, su versión `repo/data.dvc`, el código el HEAD de `repo`.
    """
    mlflow.set_tracking_uri(tracking_uri)
    client = MlflowClient(tracking_uri)
    experiment = client.get_experiment_by_name(EXPERIMENT)
    experiment_id = experiment.experiment_id if experiment else client.create_experiment(EXPERIMENT, artifact_location=Path(artifact_root).as_uri())
    train, test = prepare(pd.read_csv(repo / "data" / "credit_data.csv"), test_size=0.25, seed=42)
    tags = {"data_md5": data_md5(repo / "data.dvc"), "git_commit": git_commit(repo)}
    scores = {}
    for run_name, params in settings.items():
        with mlflow.start_run(experiment_id=experiment_id, run_name=run_name, tags=tags) as run:
            model = fit_model(train, **params)
            metrics = evaluate(model, test, threshold=0.5)
            mlflow.log_params(params)
            mlflow.log_metrics(metrics)
            with tempfile.TemporaryDirectory() as folder:
                save_model(model, Path(folder), {"data_md5": tags["data_md5"], "metrics": metrics, "params": params})
                mlflow.log_artifacts(folder, artifact_path="model")
            scores[run.info.run_id] = metrics[BEST_BY]
    best = max(scores, key=scores.get)
    if not client.search_registered_models(filter_string=f"name = '{MODEL_NAME}'"):
        client.create_registered_model(MODEL_NAME)
    client.create_model_version(MODEL_NAME, source=f"{client.get_run(best).info.artifact_uri}/model", run_id=best)
    return best
