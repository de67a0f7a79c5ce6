"""The reference service (solutions/m05_serving) under a real uvicorn on a free loopback port.

These tests check the reference itself, whatever `--target` says: they start it with
PYTHONPATH pointing at solutions/, on a small real model fitted for the session.
"""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import httpx
import pandas as pd
import pytest

from credit_scoring.model_artifact import save_model
from credit_scoring.train import fit_model

STARTUP_TIMEOUT_S = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_healthy(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited with code {process.returncode} before answering")
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    pytest.fail(f"{url}/health did not answer 200 within {STARTUP_TIMEOUT_S:.0f} s")


def stop(process: subprocess.Popen) -> int:
    process.terminate()
    try:
        return process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


@pytest.fixture(scope="session")
def server_tools() -> SimpleNamespace:
    """The helpers above, for tests that start their own server (conftest cannot be imported)."""
    return SimpleNamespace(free_port=free_port, wait_until_healthy=wait_until_healthy, stop=stop)


@pytest.fixture(scope="session")
def model_dir(credit_data_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serving") / "model"
    save_model(fit_model(pd.read_csv(credit_data_path)), folder, {"data_md5": None, "metrics": {"cv_roc_auc": 0.8}})
    return folder


@pytest.fixture(scope="session")
def reference_url(course_root: Path, model_dir: Path):
    """The URL of the reference service, running for the whole session."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(course_root / "solutions"), "PUENTE_MODEL_DIR": str(model_dir)}
    command = [sys.executable, "-m", "uvicorn", "m05_serving.app:create_app", "--factory",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, env=env)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_healthy(url, process)
        yield url
    finally:
        stop(process)
