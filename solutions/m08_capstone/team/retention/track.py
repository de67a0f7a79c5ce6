"""Log the model behind metrics.json to MLflow, with the data version and the commit that made it."""

import json
import subprocess
from pathlib import Path

import mlflow
import yaml

TRACKING_URI = "sqlite:///mlflow.db"
EXPERIMENT = "andina-churn"


def data_version(dvc_file: Path = Path("data/wa_churn.csv.dvc")) -> str:
    """The md5 DVC recorded for the training data: the data's version."""
    return yaml.safe_load(dvc_file.read_text(encoding="utf-8"))["outs"][0]["md5"]


def main() -> None:
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    params = yaml.safe_load(Path("params.yaml").read_text(encoding="utf-8"))
    metrics = json.loads(Path("metrics.json").read_text(encoding="utf-8"))
    mlflow.set_tracking_uri(TRACKING_URI)
    mlflow.set_experiment(EXPERIMENT)
    with mlflow.start_run(run_name="logistic", tags={"data_version": data_version(), "git_commit": commit}):
        mlflow.log_params({**params["train"], **params["decision"]})
        mlflow.log_metrics({"roc_auc": metrics["roc_auc"], "cutoff": metrics["cutoff"]})
        mlflow.log_artifact("models/model.joblib")


if __name__ == "__main__":
    main()
