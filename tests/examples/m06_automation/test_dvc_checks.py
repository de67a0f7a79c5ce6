import subprocess

import pytest

from puente.lender_repo import fresh_clone, plant_fault, tool_env

pytestmark = pytest.mark.slow


def run_checks(examples_dir, repo, tmp_path):
    summary = tmp_path / "summary.md"
    env = {**tool_env(), "GITHUB_STEP_SUMMARY": str(summary)}
    done = subprocess.run(["bash", str(examples_dir / "dvc_checks.sh")], cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    return done, summary.read_text() if summary.exists() else ""


def test_the_checks_pass_on_a_clean_checkout(examples_dir, lender_repo, tmp_path):
    done, summary = run_checks(examples_dir, fresh_clone(lender_repo, tmp_path / "checkout"), tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "quality gate: AUC" in done.stdout and "passed" in done.stdout
    assert "metrics.json" in summary and "auc" in summary, "`--all` shows every metric, changed or not"


def test_a_stale_lock_stops_them(examples_dir, lender_repo, tmp_path, course_root):
    faulty = plant_fault(lender_repo, tmp_path / "faulty", "stale_dvc_lock", course_root)
    done, _ = run_checks(examples_dir, fresh_clone(faulty, tmp_path / "checkout"), tmp_path)
    assert done.returncode == 1 and "dvc.lock" in done.stdout, done.stdout + done.stderr


def test_a_metric_below_the_gate_stops_them_and_the_summary_shows_it(examples_dir, lender_repo, tmp_path, course_root):
    faulty = plant_fault(lender_repo, tmp_path / "faulty", "metric_below_gate", course_root)
    done, summary = run_checks(examples_dir, fresh_clone(faulty, tmp_path / "checkout"), tmp_path)
    assert done.returncode == 1 and "below the floor" in done.stdout, done.stdout + done.stderr
    assert "metrics.json" in summary and "auc" in summary, summary
