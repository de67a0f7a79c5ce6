"""Serving commands work as typed (issue 14): without an activated venv, in the student edition, and
building the model leaves no tracked file modified. Real clones, real `dvc repro`, real HTTP."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pandas as pd
import pytest

from credit_scoring.model_artifact import save_model
from credit_scoring.train import fit_model
from puente.local_server import free_port, stop, wait_until_ready

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
NOT_ACTIVATED = "/usr/local/bin:/usr/bin:/bin"  # no .venv/bin: as a learner who never ran `source .venv/bin/activate`


def clean_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_", "VIRTUAL_ENV"))}
    env.update(PATH=NOT_ACTIVATED, PUENTE_LANG="en", NO_COLOR="1", DVC_NO_ANALYTICS="1", **extra)
    return env


def git(folder, *args):
    return subprocess.run(["git", "-c", "user.name=Learner", "-c", "user.email=learner@example.org", *args],
                          cwd=folder, check=True, capture_output=True, text=True)


@pytest.fixture
def clone(tmp_path):
    """A fresh clone of this branch's last commit, with the data pulled (copied) in, at a path with a space and an accent."""
    folder = tmp_path / "Mis cursos" / "año 2026" / "puente"
    subprocess.run(["git", "clone", "-q", str(REPO), str(folder)], check=True, capture_output=True)
    shutil.copytree(REPO / "data", folder / "data")
    return folder


def test_make_model_leaves_no_tracked_file_modified(clone):
    (clone / ".venv").symlink_to(BIN.parent)  # the course's own interpreter, already installed
    done = subprocess.run(["make", "-o", ".venv/.installed", "-o", "data", "model"], cwd=clone, env=clean_env(),
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert (clone / "artifacts" / "model" / "model.skops").is_file()
    assert git(clone, "status", "--porcelain", "--untracked-files=no").stdout == "", "building the model must not modify dvc.lock or any tracked file"


def test_serve_without_an_activated_venv_builds_the_model_and_answers(clone, tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w") as output:
        process = subprocess.Popen([str(BIN / "puente"), "serve", "--port", str(port)], cwd=clone, env=clean_env(),
                                   stdout=output, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_ready(url, process, timeout=900)  # dvc repro runs first
            assert httpx.get(f"{url}/health", timeout=10).json()["status"] == "ok"
        finally:
            stop(process)
    assert "ModuleNotFoundError" not in log.read_text(), log.read_text()
    assert git(clone, "status", "--porcelain").stdout == ""


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("model") / "model"
    save_model(fit_model(pd.read_csv(REPO / "data" / "credit_data.csv")), folder, {"data_md5": None, "metrics": {}})
    return folder


@pytest.fixture(scope="module")
def student_edition(tmp_path_factory):
    out = tmp_path_factory.mktemp("classroom") / "Mis cursos" / "año 2026" / "puente-student"
    done = subprocess.run([sys.executable, "-m", "puente", "edition", "student", str(out)], cwd=REPO, env=clean_env(),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (out / "solutions").exists()
    shutil.copytree(REPO / "data", out / "data")
    return out


def puente(folder, *args):
    return subprocess.run([str(BIN / "puente"), *args], cwd=folder, env=clean_env(), capture_output=True, text=True, timeout=300)


def test_score_in_the_student_edition_says_the_service_is_not_written(student_edition, model_dir, tmp_path):
    pd.read_csv(REPO / "data" / "credit_data.csv").head(20).to_csv(tmp_path / "in.csv", index=False)
    done = puente(student_edition, "score", str(tmp_path / "in.csv"), str(tmp_path / "out.csv"), "--model-dir", str(model_dir))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "exercises/m05_serving/batch.py is not written yet" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert "puente check vectorised_batch" in done.stderr
    served = puente(student_edition, "serve", "--port", str(free_port()), "--model-dir", str(model_dir))
    assert served.returncode == 2 and "exercises/m05_serving/app.py is not written yet" in served.stderr, served.stderr


def test_score_in_the_student_edition_uses_the_learners_finished_code(student_edition, model_dir, tmp_path):
    for name in ("batch.py", "schemas.py"):
        shutil.copy(REPO / "solutions" / "m05_serving" / name, student_edition / "exercises" / "m05_serving" / name)
    pd.read_csv(REPO / "data" / "credit_data.csv").head(20).to_csv(tmp_path / "in.csv", index=False)
    done = puente(student_edition, "score", str(tmp_path / "in.csv"), str(tmp_path / "out.csv"), "--model-dir", str(model_dir))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "20 rows scored" in done.stdout
    assert len(pd.read_csv(tmp_path / "out.csv")) == 20
