"""grades.csv (Moodle, and any spreadsheet) and grades-canvas.csv (Canvas's own gradebook shape).

One row per submission, whatever happened to it: a student never silently drops out of the
gradebook. Scores are plain numbers with a dot; statuses and flags are text columns an LMS
ignores on import.
"""

import csv
from pathlib import Path

from puente.grading.model import SubmissionResult
from puente.grading.plan import TestPlan

CANVAS_COLUMNS = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]


def max_score(plan: TestPlan) -> int:
    return sum(e.points for e in plan.exercises)


def write_grades(path: Path, plan: TestPlan, results: list[SubmissionResult]) -> None:
    total = max_score(plan)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["student", "score", "max_score", "percent", "status", *[e.id for e in plan.exercises], "flags"])
        for result in results:
            writer.writerow([
                result.student, _number(result.score), total, _number(100 * result.score / total if total else 0),
                result.status, *[_number(result.exercise_scores.get(e.id, 0.0)) for e in plan.exercises],
                "; ".join(result.flags),
            ])


def write_canvas_grades(path: Path, plan: TestPlan, results: list[SubmissionResult], assignment: str) -> None:
    """Canvas's gradebook CSV: students matched on SIS Login ID; a second row holds Points Possible."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([*CANVAS_COLUMNS, assignment])
        writer.writerow(["    Points Possible", "", "", "", "", max_score(plan)])
        for result in results:
            writer.writerow([result.student, "", "", result.student, "", _number(result.score)])


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
