"""Track the lender's experiments with MLflow: one run per setting, the best one registered.

Each run records what it takes to trust and rebuild a model: its parameters, its metrics on the
held-out rows, the data version (the md5 in data.dvc), the git commit, and the skops artifact.

ES: Registrar los experimentos del banco con MLflow: una corrida por configuración y la mejor
registrada. Cada corrida guarda lo necesario para confiar en un modelo y reconstruirlo: sus
parámetros, sus métricas en las filas de prueba, la versión de los datos (el md5 de data.dvc),
el commit de git y el artefacto skops.
"""

import subprocess
import tempfile  # noqa: F401  (for the artifact folder)
from pathlib import Path

import mlflow  # noqa: F401
import pandas as pd
from mlflow import MlflowClient

from credit_scoring.evaluate import evaluate  # noqa: F401
from credit_scoring.model_artifact import save_model  # noqa: F401
from credit_scoring.prepare import prepare
from credit_scoring.train import data_md5, fit_model  # noqa: F401

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
    client = MlflowClient(tracking_uri)
    experiment = client.get_experiment_by_name(EXPERIMENT)
    experiment_id = experiment.experiment_id if experiment else client.create_experiment(EXPERIMENT, artifact_location=Path(artifact_root).as_uri())
    train, test = prepare(pd.read_csv(repo / "data" / "credit_data.csv"), test_size=0.25, seed=42)
    # TODO: for each setting, start a run (run_name, tags data_md5 and git_commit), fit the model, log its params and the metrics of evaluate().
    # POR HACER: para cada configuración, abra una corrida (run_name, etiquetas data_md5 y git_commit), entrene el modelo y registre sus parámetros y las métricas de evaluate().
    # TODO: save the model with save_model into a temporary folder and log that folder as the artifact "model".
    # POR HACER: guarde el modelo con save_model en una carpeta temporal y registre esa carpeta como el artefacto "model".
    # TODO: register the run with the best roc_auc: create the registered model once, then a version whose source is the run's ".../model".
    # POR HACER: registre la corrida con el mejor roc_auc: cree una vez el modelo registrado y luego una versión cuya fuente es el ".../model" de la corrida.
    return ""
