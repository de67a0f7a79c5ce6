"""Issue 13's scenario: two graders at once on one machine, one grading the complete solution of the
whole course, the other the red-team class (fork bomb, memory hog, endless loops, all sandboxed as
the same user). Budgets belong to one sandbox and limits grow with the load, so the complete
solution earns every point, `graded`, and every trick of the red team still earns nothing.
"""

import csv
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from puente.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[2]
REDTEAM_TESTS = Path(__file__).with_name("test_grading_redteam.py")
# the modules of the scenario that lost points (00-05); modules 06 and on are checked by their own verify
SCENARIO_MODULES = ("m00_welcome", "m01_notebooks", "m02_dvc", "m03_testing", "m04_packaging", "m05_serving")


def _redteam():
    spec = importlib.util.spec_from_file_location("puente_redteam_for_two_graders", REDTEAM_TESTS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.timeout(5400)
def test_the_complete_solution_earns_everything_next_to_the_red_team(tmp_path):
    redteam = _redteam()
    folder, out = tmp_path / "class", tmp_path / "out"
    shutil.copytree(ROOT / "solutions", folder / "complete" / "exercises", ignore=shutil.ignore_patterns("__pycache__"))
    complete = subprocess.Popen(
        [sys.executable, "-m", "puente.grading", "grade", str(folder), "--out", str(out), "--quiet",
         *(arg for module in SCENARIO_MODULES for arg in ("--only", module))],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        rows = redteam._grade_the_class(tmp_path / "redteam")  # the second grader, at the same time
    finally:
        output, _ = complete.communicate(timeout=3600)
    assert complete.returncode == 0, output[-3000:]
    with open(out / "grades.csv", encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    total = sum(e.points for e in load_manifest(ROOT).exercise if e.module in SCENARIO_MODULES)
    assert (float(row["score"]), float(row["max_score"]), row["status"]) == (total, total, "graded"), row
    for trick in redteam.TRICKS:
        redteam._check_trick(trick, rows[trick])
    for student, (status, scores) in redteam.HONEST.items():
        redteam._check_honest(rows[student], status, scores)
