"""Log one training run to MLflow: a SQLite store and an artifact folder, no server.

    python track_one_run.py STORE_FOLDER      # then: mlflow ui --backend-store-uri sqlite:///STORE_FOLDER/mlflow.db --host 127.0.0.1
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")  # before mlflow is imported: no usage data leaves the machine

import mlflow
import pandas as pd

from credit_scoring.evaluate import evaluate
from credit_scoring.model_artifact import save_model
from credit_scoring.prepare import prepare
from credit_scoring.train import data_md5, fit_model


def log_run(store: Path, params: dict) -> str:
    mlflow.set_tracking_uri(f"sqlite:///{store / 'mlflow.db'}")
    if mlflow.get_experiment_by_name("credit-scoring") is None:
        mlflow.create_experiment("credit-scoring", artifact_location=(store / "artifacts").as_uri())
    mlflow.set_experiment("credit-scoring")
    train, test = prepare(pd.read_csv("data/credit_data.csv"), test_size=0.25, seed=42)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    with mlflow.start_run(run_name="baseline", tags={"data_md5": data_md5(Path("data.dvc")), "git_commit": commit}) as run:
        model = fit_model(train, **params)
        mlflow.log_params(params)
        mlflow.log_metrics(evaluate(model, test, threshold=0.5))
        with tempfile.TemporaryDirectory() as folder:
            save_model(model, Path(folder), {"data_md5": data_md5(Path("data.dvc")), "params": params})
            mlflow.log_artifacts(folder, artifact_path="model")
    return run.info.run_id


if __name__ == "__main__":
    print(log_run(Path(sys.argv[1]).resolve(), {"C": 1.0, "class_weight": "balanced"}))
