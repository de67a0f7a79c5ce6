"""The reference pipeline runs for real under DVC, and the committed dvc.lock is current."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from credit_scoring.model_artifact import load_model
from puente.paths import copy_into

COPIED = ("dvc.yaml", "params.yaml", "dvc.lock", "data.dvc", "data", "src/credit_scoring")


def dvc(*args: str, cwd: Path) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", "DVC_NO_ANALYTICS": "1"}
    done = subprocess.run(["dvc", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"dvc {' '.join(args)} failed:\n{done.stdout}{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def reproduced(course_root, credit_data_path, tmp_path_factory) -> dict:
    """A copy of the pipeline's files in a fresh git + DVC repository, reproduced twice."""
    repo = tmp_path_factory.mktemp("pipeline")
    copy_into(course_root, COPIED, repo)
    subprocess.run(["git", "init", "--quiet"], cwd=repo, check=True, timeout=60)
    dvc("init", "--quiet", cwd=repo)
    first = dvc("repro", cwd=repo)
    second = dvc("repro", cwd=repo)
    return {"repo": repo, "first": first, "second": second}


@pytest.mark.slow
def test_repro_builds_a_model_the_serving_module_can_load(reproduced):
    repo = reproduced["repo"]
    for stage in ("prepare", "train", "evaluate"):
        assert f"Running stage '{stage}'" in reproduced["first"]
    model, metadata = load_model(repo / "artifacts" / "model")
    assert metadata["data_md5"] == yaml.safe_load((repo / "data.dvc").read_text())["outs"][0]["md5"]
    metrics = json.loads((repo / "artifacts" / "metrics.json").read_text())
    assert metrics["roc_auc"] > 0.8, metrics
    assert (repo / "artifacts" / "plots" / "roc.csv").is_file()


@pytest.mark.slow
def test_repro_stores_the_cutoff_and_shows_it_beats_one_half(reproduced):
    repo = reproduced["repo"]
    _, metadata = load_model(repo / "artifacts" / "model")
    decision = metadata["decision"]
    assert 0.1 < decision["cutoff"] < 0.25, "at costs 5:1 a calibrated model rejects from about 1/6"
    assert len(decision["cutoff_version"]) == 12 and decision["cost_approve_bad"] == 5.0
    metrics = json.loads((repo / "artifacts" / "metrics.json").read_text())
    assert metrics["cutoff"] == round(decision["cutoff"], 4)
    assert metrics["expected_cost"] < 0.8 * metrics["expected_cost_at_0_5"], metrics
    assert metrics["brier"] < 0.15, "calibrated: the balanced model alone scores about 0.166"


@pytest.mark.slow
def test_repro_draws_the_reliability_curve(reproduced):
    plots = reproduced["repo"] / "artifacts" / "plots"
    curve = pd.read_csv(plots / "reliability.csv")
    assert list(curve.columns) == ["predicted", "observed"] and len(curve) == 10
    assert (curve["predicted"] - curve["observed"]).abs().max() < 0.1, curve
    assert (plots / "reliability.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_a_second_repro_runs_nothing(reproduced):
    assert "Running stage" not in reproduced["second"], reproduced["second"]


@pytest.mark.slow
def test_the_committed_dvc_lock_is_current(reproduced, course_root):
    """Changed a stage's script or params? Run `dvc repro` and commit dvc.lock."""
    committed = yaml.safe_load((course_root / "dvc.lock").read_text())["stages"]
    fresh = yaml.safe_load((reproduced["repo"] / "dvc.lock").read_text())["stages"]
    assert fresh["prepare"] == committed["prepare"], "dvc.lock is stale for prepare: run `dvc repro` and commit dvc.lock"
    for part in ("deps", "params", "cmd"):
        assert fresh["train"][part] == committed["train"][part], f"dvc.lock is stale for train ({part}): run `dvc repro`"
