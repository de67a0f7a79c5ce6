"""`puente serve` and `puente score`, run as a learner runs them: real processes, real files, real HTTP."""

import subprocess
import sys

import httpx
import pandas as pd
import pytest

from puente.local_server import free_port, stop, wait_until_ready

pytestmark = pytest.mark.slow
PUENTE = [sys.executable, "-m", "puente"]


def test_score_turns_a_csv_into_scores_in_chunks(credit_data_path, model_dir, course_root, tmp_path):
    applications = pd.read_csv(credit_data_path).head(250)
    applications.to_csv(tmp_path / "in.csv", index=False)
    result = subprocess.run(
        [*PUENTE, "score", str(tmp_path / "in.csv"), str(tmp_path / "out.csv"), "--model-dir", str(model_dir), "--chunk-size", "100"],
        capture_output=True, text=True, cwd=course_root, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "250 rows scored" in result.stdout
    scores = pd.read_csv(tmp_path / "out.csv")
    assert len(scores) == 250 and scores["probability_bad"].between(0, 1).all()


def test_score_names_a_missing_column_in_one_line(credit_data_path, model_dir, course_root, tmp_path):
    pd.read_csv(credit_data_path).drop(columns="amount").head(5).to_csv(tmp_path / "in.csv", index=False)
    result = subprocess.run(
        [*PUENTE, "score", str(tmp_path / "in.csv"), str(tmp_path / "out.csv"), "--model-dir", str(model_dir)],
        capture_output=True, text=True, cwd=course_root, timeout=120,
    )
    assert result.returncode == 2
    assert "lacks the column(s) amount" in result.stderr and "Traceback" not in result.stderr


def test_serve_prints_its_urls_and_answers(model_dir, course_root, tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w") as output:
        process = subprocess.Popen(
            [*PUENTE, "serve", "--port", str(port), "--model-dir", str(model_dir)],
            stdout=output, stderr=subprocess.STDOUT, cwd=course_root,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_ready(url, process, timeout=120)  # a busy machine is slow, not red
            assert httpx.get(f"{url}/docs", timeout=5).status_code == 200
        finally:
            stop(process)
    printed = log.read_text()
    assert f"http://127.0.0.1:{port}" in printed and f"http://127.0.0.1:{port}/docs" in printed, printed
    assert "Application shutdown complete" in printed, "the server must shut down cleanly on SIGTERM"


def test_serve_refuses_an_unknown_target(course_root):
    result = subprocess.run([*PUENTE, "serve", "--target", "mine"], capture_output=True, text=True, cwd=course_root, timeout=60)
    assert result.returncode == 2 and "--target mine is not one of exercises, solutions" in result.stderr
