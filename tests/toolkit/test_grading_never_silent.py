"""Never a silent loss: a test that stops the run costs only itself, and the submission is not `graded`.

A test past its hard stop ends the sandbox's interpreter; the grader runs the tests after it in a
fresh sandbox, names the lost test with its cause, gives the status `incomplete: ...`, grades the
submission once more alone, and lists it in the summary for the instructor to regrade.
"""

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from puente.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[2]
MODULE, EXERCISE = "m07_monitoring", "monthly_bill"
# module 07's bill runs in the test's own interpreter (module 00's calls go through a worker
# process, where a stuck call fails only itself and never stops the run)
STUCK_ON_BUSY_TRAFFIC = '''

def monthly_bill(prices, traffic, measured, _honest=monthly_bill):
    if traffic["peak_requests_per_s"] != 1_500:
        return _honest(prices, traffic, measured)
    import signal
    for number in (signal.SIGALRM, signal.SIGPROF):
        signal.signal(number, signal.SIG_IGN)
    while True:
        try:
            while True:
                pass
        except BaseException:
            continue
'''


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_a_test_that_stops_the_run_costs_only_itself(tmp_path):
    folder, out = tmp_path / "class", tmp_path / "out"
    for name in ("honest", "stuck"):
        shutil.copytree(ROOT / "solutions" / MODULE, folder / name / "exercises" / MODULE, ignore=shutil.ignore_patterns("__pycache__"))
    with open(folder / "stuck" / "exercises" / MODULE / "bill.py", "a", encoding="utf-8") as bill:
        bill.write(STUCK_ON_BUSY_TRAFFIC)
    done = subprocess.run(
        [sys.executable, "-m", "puente.grading", "grade", str(folder), "--out", str(out), "--only", EXERCISE,
         "--test-timeout", "2", "--timeout", "400", "--jobs", "2", "--quiet", "--keep-flagged-scores"],
        cwd=ROOT, capture_output=True, text=True, timeout=3000,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    with open(out / "grades.csv", encoding="utf-8") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    full = load_manifest(ROOT).get_exercise(EXERCISE).points
    assert rows["honest"]["status"] == "graded" and float(rows["honest"]["score"]) == full
    stuck = rows["stuck"]
    assert stuck["status"].startswith("incomplete: the run stopped after "), stuck["status"]
    assert "at test_busy_traffic_turns_the_answer_around (a test passed its hard time limit)" in stuck["status"]
    assert float(stuck[EXERCISE]) == pytest.approx(full * 3 / 4), "the tests after the stop still ran; only the stuck one is lost"
    summary = json.loads((out / "summary.json").read_text())
    assert summary["regrade"] == ["stuck"] and summary["statuses"] == {"graded": 1, "incomplete": 1}
    assert "Regrade these submissions" in (out / "summary.md").read_text()
    junit = (out / "junit" / "stuck.xml").read_text()
    assert 'type="RunStopped"' in junit and "this test stopped the run" in junit
