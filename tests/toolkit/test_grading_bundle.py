"""`puente gradescope-bundle`: build the zip, then run its run_autograder in a simulated /autograder."""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from puente.manifest import load_manifest

pytestmark = pytest.mark.slow  # a real grading run

ROOT = Path(__file__).resolve().parents[2]
MODULE = "m00_welcome"


def test_bundle_grades_a_submission_in_a_simulated_autograder(tmp_path):
    bundle = tmp_path / "autograder.zip"
    done = subprocess.run(
        [sys.executable, "-m", "puente.grading", "gradescope-bundle", "--out", str(bundle), "--only", MODULE,
         "--timeout", "120", "--test-timeout", "20"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        assert {"setup.sh", "run_autograder", "course.toml", "expected-ids.json", "requirements.lock"} <= set(names)
        assert not [n for n in names if n.startswith("solutions/")], "the bundle must never ship solutions/"
        assert "requirements.lock" in archive.read("setup.sh").decode()
        expected = json.loads(archive.read("expected-ids.json"))
        module_exercises = {e.id for e in load_manifest(ROOT).exercises_of(MODULE)}
        assert set(expected.values()) == module_exercises, "the bundle expects every graded test of the module"
        autograder = tmp_path / "autograder"
        archive.extractall(autograder / "source")
    shutil.copy2(autograder / "source" / "run_autograder", autograder / "run_autograder")
    os.chmod(autograder / "run_autograder", 0o755)
    submission = autograder / "submission" / "exercises" / MODULE
    shutil.copytree(ROOT / "exercises" / MODULE, submission, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "solutions" / MODULE / "missing_values.py", submission / "missing_values.py")

    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "AUTOGRADER": str(autograder), "PUENTE_PYTHON": sys.executable}
    run = subprocess.run([str(autograder / "run_autograder")], cwd=autograder, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    results = json.loads((autograder / "results" / "results.json").read_text())
    assert results["score"] == 10, results["output"]
    assert len(results["tests"]) == len(expected)
    passed = {t["name"] for t in results["tests"] if t["status"] == "passed"}
    assert passed == {
        "missing_values: test_small_table_keeps_only_columns_with_holes_largest_first",
        "missing_values: test_counts_are_plain_ints",
        "missing_values: test_the_lenders_holes",
    }
