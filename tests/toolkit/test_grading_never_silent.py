"""Never a silent loss: a test that stops the run costs only itself, and the submission is not `graded`.

A test past its hard stop ends the sandbox's interpreter; the grader runs the tests after it in a
fresh sandbox, names the lost test with its cause, gives the status `incomplete: ...`, grades the
submission once more alone, and lists it in the summary for the instructor to regrade.
"""

import json
from pathlib import Path

import pytest

from puente.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[2]

MODULE, EXERCISE = "m01_notebooks", "extract_features"
# module 01's features run in the test's own interpreter (module 00's and 07's calls go through a
# worker process, where a stuck call fails only itself and never stops the run)
STUCK_ON_FOUR_ROWS = '''

def target(applications, _honest=target):
    if len(applications) != 4:
        return _honest(applications)
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
def test_a_test_that_stops_the_run_costs_only_itself(tmp_path, grade_copies):
    rows = grade_copies(MODULE, {"stuck": ("features.py", STUCK_ON_FOUR_ROWS)}, "--only", EXERCISE,
                        "--test-timeout", "2", "--timeout", "400", "--jobs", "2", "--keep-flagged-scores")
    full = load_manifest(ROOT).get_exercise(EXERCISE).points
    assert rows["honest"]["status"] == "graded" and float(rows["honest"]["score"]) == full
    stuck = rows["stuck"]
    assert stuck["status"].startswith("incomplete: the run stopped after "), stuck["status"]
    assert "at test_target_marks_bad_credits_as_one (a test passed its hard time limit)" in stuck["status"]
    assert float(stuck[EXERCISE]) == pytest.approx(full * 4 / 5), "the tests after the stop still ran; only the stuck one is lost"
    out = tmp_path / "out"
    summary = json.loads((out / "summary.json").read_text())
    assert summary["regrade"] == ["stuck"] and summary["statuses"] == {"graded": 1, "incomplete": 1}
    assert "Regrade these submissions" in (out / "summary.md").read_text()
    junit = (out / "junit" / "stuck.xml").read_text()
    assert 'type="RunStopped"' in junit and "this test stopped the run" in junit
