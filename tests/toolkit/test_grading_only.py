"""Graded alone, an exercise runs the learner code it builds on (`builds_on` in course.toml).

Found by grading the complete solution with `--only m07_monitoring`: service_metrics earned 0 of its
25 points with the status `graded`, because the module 05 service it wraps was staged as the
course's stub, not the learner's.
"""

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # a sandboxed grading run: make test, not make test-fast


def test_the_exercise_graded_alone_keeps_the_points_of_the_complete_solution(tmp_path):
    submission = tmp_path / "class" / "ana" / "exercises"
    for module in ("m05_serving", "m07_monitoring"):
        shutil.copytree(ROOT / "solutions" / module, submission / module, ignore=shutil.ignore_patterns("__pycache__"))
    done = subprocess.run([sys.executable, "-m", "puente.grading", "grade", str(tmp_path / "class"), "--out", str(tmp_path / "out"),
                           "--only", "service_metrics", "--jobs", "1", "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    [row] = csv.DictReader((tmp_path / "out" / "grades.csv").open(encoding="utf-8"))
    assert (row["service_metrics"], row["status"]) == ("25", "graded"), (tmp_path / "out" / "ana" / "feedback.md").read_text(encoding="utf-8")[-2000:]
