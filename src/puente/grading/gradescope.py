"""results.json in the Gradescope autograder schema, and the same results for GitHub Classroom.

Gradescope: https://gradescope-autograders.readthedocs.io/en/latest/specs/ (tests with name,
score, max_score, status, output, visibility). GitHub Classroom's grading reporter reads a
base64 JSON payload per runner: version, status, max_score and tests with a score each.
"""

import base64
import json
from pathlib import Path

from puente.grading.model import SubmissionResult
from puente.grading.plan import TestPlan


def gradescope_results(plan: TestPlan, result: SubmissionResult) -> dict:
    tests = [
        {
            "name": f"{t.exercise}: {t.name}",
            # the shares of puente.results.share_points: added up in order they give the exercise's points exactly
            "score": t.score,
            "max_score": t.max_score,
            "status": "passed" if t.passed else "failed",
            "output": "" if t.passed else ("A hidden test failed." if t.hidden else t.message),
            "visibility": "after_published" if t.hidden else "visible",
        }
        for t in result.tests
    ]
    output = f"Status: {result.status}"
    if result.flags:
        output += "\nIntegrity flags (an instructor will review them): " + "; ".join(result.flags)
    return {
        "score": result.score,
        "execution_time": round(result.seconds, 2),
        "output": output,
        "stdout_visibility": "hidden",
        "tests": tests,
    }


def write_gradescope(path: Path, plan: TestPlan, result: SubmissionResult) -> None:
    path.write_text(json.dumps(gradescope_results(plan, result), indent=1, ensure_ascii=False), encoding="utf-8")


def classroom_payload(results_json: dict) -> str:
    """The GitHub Classroom reporter's payload (base64 JSON) from a Gradescope results.json."""
    tests = results_json["tests"]
    payload = {
        "version": 1,
        "status": "pass" if tests and all(t["status"] == "passed" for t in tests) else "fail",
        "max_score": round(sum(t["max_score"] for t in tests), 4),
        "tests": [
            {"name": t["name"], "status": "pass" if t["status"] == "passed" else "fail", "score": t["score"],
             "message": t["output"], "line_no": 0, "test_code": ""}
            for t in tests
        ],
    }
    return base64.b64encode(json.dumps(payload).encode("utf-8")).decode("ascii")
