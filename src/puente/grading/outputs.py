"""Write everything a grading run produces into OUT, one function per format, one folder per student."""

import re
from pathlib import Path

from puente.grading.feedback import write_feedback
from puente.grading.gradebook import write_canvas_grades, write_grades
from puente.grading.gradescope import write_gradescope
from puente.grading.junit import write_junit
from puente.grading.model import SubmissionResult
from puente.grading.plan import TestPlan
from puente.grading.summary import write_summary

UNSAFE = re.compile(r"[^A-Za-z0-9._@+-]")


def folder_names(results: list[SubmissionResult]) -> list[str]:
    """A safe, unique folder name per student (ids may hold spaces, accents or undecodable bytes)."""
    names, used = [], set()
    for result in results:
        base = UNSAFE.sub("_", result.student.encode("utf-8", "replace").decode("utf-8")).lstrip(".") or "student"
        name, n = base, 2
        while name in used:
            name, n = f"{base}-{n}", n + 1
        used.add(name)
        names.append(name)
    return names


def write_outputs(out: Path, plan: TestPlan, results: list[SubmissionResult], assignment: str) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    (out / "junit").mkdir(exist_ok=True)
    write_grades(out / "grades.csv", plan, results)
    write_canvas_grades(out / "grades-canvas.csv", plan, results, assignment)
    for name, result in zip(folder_names(results), results, strict=True):
        folder = out / name
        folder.mkdir(exist_ok=True)
        write_gradescope(folder / "results.json", plan, result)
        write_feedback(folder / "feedback.md", plan, result)
        if result.log:
            (folder / "sandbox.log").write_text(result.log, encoding="utf-8")
        write_junit(out / "junit" / f"{name}.xml", result)
    return write_summary(out, plan, results)
