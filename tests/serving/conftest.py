"""The reference service (solutions/m05_serving) under a real uvicorn on a free loopback port.

These tests check the reference itself, whatever `--target` says: they start it with
PYTHONPATH pointing at solutions/, on a small real model fitted for the session.
"""

from pathlib import Path

import pandas as pd
import pytest

from credit_scoring.decision import CostMatrix
from credit_scoring.model_artifact import save_model
from credit_scoring.train import train_and_decide
from puente.local_server import uvicorn_server


@pytest.fixture(scope="session")
def model_dir(credit_data_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serving") / "model"
    applications = pd.read_csv(credit_data_path)
    model, decision, _ = train_and_decide(applications, CostMatrix(5, 1), class_weight="balanced")
    save_model(model, folder, {"data_md5": None, "metrics": {"cv_roc_auc": 0.8}, "decision": decision})
    return folder


@pytest.fixture(scope="session")
def reference_url(course_root: Path, model_dir: Path):
    """The URL of the reference service, running for the whole session."""
    with uvicorn_server("m05_serving.app:create_app", course_root / "solutions", {"PUENTE_MODEL_DIR": str(model_dir)}, timeout=120) as url:
        yield url
