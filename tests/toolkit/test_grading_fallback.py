"""Without bubblewrap the grader still grades, and says loudly what it could not isolate."""

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a real grading run

ROOT = Path(__file__).resolve().parents[2]
MODULE = "m00_welcome"


def test_no_sandbox_warns_and_still_grades_exactly(tmp_path):
    work = tmp_path / "class" / "ana" / "exercises" / MODULE
    shutil.copytree(ROOT / "exercises" / MODULE, work, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "solutions" / MODULE / "first_look.py", work / "first_look.py")
    (work.parent.parent / "conftest.py").write_text("raise SystemExit('a conftest of the learner must never load')\n")
    done = subprocess.run(
        [sys.executable, "-m", "puente.grading", "grade", str(tmp_path / "class"), "--out", str(tmp_path / "out"),
         "--only", MODULE, "--no-sandbox", "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "WARNING: no sandbox (--no-sandbox was given)" in " ".join(done.stderr.split())
    rows = list(csv.DictReader((tmp_path / "out" / "grades.csv").read_text(encoding="utf-8").splitlines()))
    assert [(r["student"], r["score"], r["status"]) for r in rows] == [("ana", "10", "graded")]
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["isolation"] == "none: --no-sandbox was given"
