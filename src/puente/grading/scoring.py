"""From signed records to points: every expected test gets an outcome; a missing one has failed.

Nothing the submission printed or returned is read here: only records whose signature holds,
matched against the test ids collected from the trusted tests before any submission ran.
"""

from puente.grading.integrity import BLOCKING
from puente.grading.model import TestOutcome
from puente.grading.plan import TestPlan
from puente.results import share_points


def outcomes(plan: TestPlan, records: list[dict], timed_out: bool, timeout: float, missing_files: list[str],
             lost: dict[str, str] | None = None) -> list[TestOutcome]:
    seen = {r["nodeid"]: r for r in records if r.get("kind") == "test" and isinstance(r.get("nodeid"), str)}
    collect_errors = {r["nodeid"]: str(r.get("message", "")) for r in records if r.get("kind") == "collect-error"}
    results = []
    for exercise in plan.exercises:
        expected = plan.tests_of(exercise.id)
        shares = share_points(exercise.points, len(expected))
        absent = [f"exercises/{exercise.module}/{name}" for name in exercise.files if f"{exercise.module}/{name}" in missing_files]
        for nodeid, share in zip(expected, shares, strict=True):
            record = seen.get(nodeid)
            test = TestOutcome(nodeid, exercise.id, share, False, hidden=nodeid in plan.hidden)
            if record is not None:
                tampered = record.get("tampered") or []
                test.passed = record.get("outcome") == "passed" and not tampered
                test.outcome = "failed" if tampered else str(record.get("outcome", "error"))
                test.kind = "runtime-tampering" if tampered else str(record.get("kind_of_failure", ""))
                test.duration = float(record.get("duration", 0.0))
                test.message = (f"ran after the submission replaced {', '.join(tampered)}" if tampered and record.get("outcome") == "passed"
                                else str(record.get("message", "")))
            elif absent:
                test.outcome, test.kind = "missing", "MissingFile"
                test.message = f"{', '.join(absent)} is missing from the submission"
            elif nodeid.split("::")[0] in collect_errors:
                test.kind = "CollectionError"
                test.message = "the tests could not import your code:\n" + collect_errors[nodeid.split("::")[0]]
            elif lost and nodeid in lost:
                test.outcome, test.kind = "lost", "RunStopped"
                test.message = lost[nodeid]
            elif timed_out:
                test.outcome, test.kind = "timeout", "Timeout"
                test.message = f"did not finish: the whole run passed its time limit of {timeout:g} s"
            else:
                test.outcome, test.kind = "lost", "NoResult"
                test.message = "did not report a result: the run stopped early (an exit, a crash, or a test past its hard time limit)"
            results.append(test)
    return results


def exercise_scores(plan: TestPlan, tests: list[TestOutcome], flags: list[str], keep_flagged: bool) -> dict[str, float]:
    """Points per exercise; a blocking integrity flag holds the exercise (or all of them) at zero."""
    whole = any(flag.startswith("submission: ") and flag.split(": ", 1)[1].split(" ")[0] in BLOCKING for flag in flags)
    scores = {}
    for exercise in plan.exercises:
        held = whole or any(flag.startswith(f"{exercise.id}: ") and flag.split(": ", 1)[1] in BLOCKING for flag in flags)
        if held and not keep_flagged:
            for test in tests:
                if test.exercise == exercise.id and test.passed:
                    test.passed = False
                    test.kind = "IntegrityFlag"
                    test.message = "held at zero for review: an integrity flag was raised (see grades.csv)"
        scores[exercise.id] = round(sum(t.score for t in tests if t.exercise == exercise.id), 2)
    return scores
