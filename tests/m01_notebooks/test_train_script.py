"""Exercise train_script: `python -m m01_notebooks.train` takes data, seed and output, and matches the notebook."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from m01_notebooks.train import main


def run_train(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The learner's script as a user runs it: a fresh process that imports the target tree."""
    env = {**os.environ, "PYTHONPATH": os.environ["PUENTE_TARGET_DIR"]}
    command = [sys.executable, "-m", "m01_notebooks.train", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def written_metrics(path: Path, result: subprocess.CompletedProcess) -> dict:
    said = (result.stdout + result.stderr).strip()[-600:] or "nothing"
    assert result.returncode == 0, f"train.py exited with code {result.returncode}; it printed: {said}"
    assert path.is_file(), f"train.py wrote nothing at --output {path.name}; it printed: {said}"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.slow
def test_writes_held_out_metrics_where_output_says(credit_data_path, tmp_path):
    output = tmp_path / "reports" / "seed7" / "metrics.json"
    result = run_train("--data", str(credit_data_path), "--seed", "7", "--output", str(output), cwd=tmp_path)
    metrics = written_metrics(output, result)
    assert metrics.get("seed") == 7, f"metrics.json should record the seed it was given (7), got {metrics.get('seed')!r}"
    assert metrics.get("rows_scored") == 891, f"20% of 4454 applications are 891 held-out rows, got {metrics.get('rows_scored')!r}"
    assert isinstance(metrics.get("roc_auc"), float) and 0.7 < metrics["roc_auc"] < 0.95, (
        f"expected a held-out ROC AUC near 0.84, got {metrics.get('roc_auc')!r}"
    )


@pytest.mark.slow
def test_reproduces_the_notebook_metric(scoring_runs, target_dir, credit_data_path, tmp_path):
    (run,) = scoring_runs(1)
    run.require_success(before="first make the notebook run (exercise restart_run_all): ")
    assert run.metrics, "the notebook wrote no metrics.json (exercise restart_run_all)"
    seed = yaml.safe_load((target_dir / "m01_notebooks" / "params.yaml").read_text(encoding="utf-8")).get("seed")
    assert isinstance(seed, int), f"params.yaml needs the notebook's seed as a whole number, got {seed!r}"
    output = tmp_path / "metrics.json"
    metrics = written_metrics(output, run_train("--data", str(credit_data_path), "--seed", str(seed), "--output", str(output), cwd=tmp_path))
    assert metrics.get("roc_auc") == pytest.approx(run.metrics["roc_auc"], rel=0, abs=1e-9), (
        f"with seed {seed} the notebook reports ROC AUC {run.metrics['roc_auc']} and train.py {metrics.get('roc_auc')!r}: "
        "same split, same cleaning, same model"
    )


def test_missing_data_file_is_a_one_line_error(tmp_path, capsys):
    output = tmp_path / "metrics.json"
    try:
        returned = main(["--data", "no/such/credit_data.csv", "--output", str(output)])
    except SystemExit as stop:
        returned = stop.code
    except Exception as error:
        pytest.fail(f"train.py crashed with {type(error).__name__}: {error}; check --data first and stop with one line", pytrace=False)
    message = (returned if isinstance(returned, str) else capsys.readouterr().err).strip()
    assert returned not in (0, None), "with a data file that does not exist, train.py must stop with a non-zero exit code"
    assert len(message.splitlines()) == 1, f"expected a one-line error, got:\n{message}"
    assert "no/such/credit_data.csv" in message, f"the error should name the missing file, got: {message}"
    assert not output.exists(), "no metrics should be written when there is no data"
