"""The class summary: mean and median per exercise, the hardest exercises, a histogram of scores.

Statistics cover every submission, invalid ones included at zero: the gradebook and the
summary must tell the same story.
"""

import json
import statistics
from pathlib import Path

from puente.grading.model import SubmissionResult
from puente.grading.plan import TestPlan


def class_summary(plan: TestPlan, results: list[SubmissionResult]) -> dict:
    exercises = {}
    for exercise in plan.exercises:
        scores = [r.exercise_scores.get(exercise.id, 0.0) for r in results] or [0.0]
        exercises[exercise.id] = {
            "points": exercise.points,
            "mean": round(statistics.fmean(scores), 2),
            "median": round(statistics.median(scores), 2),
            "full_marks": sum(score >= exercise.points for score in scores),
        }
    hardest = sorted(exercises, key=lambda e: (exercises[e]["mean"] / exercises[e]["points"], e))[:3]
    totals = [r.score for r in results] or [0.0]
    statuses: dict[str, int] = {}
    for result in results:
        key = result.status.split(":")[0]
        statuses[key] = statuses.get(key, 0) + 1
    return {
        "submissions": len(results),
        "max_score": sum(e.points for e in plan.exercises),
        "mean": round(statistics.fmean(totals), 2),
        "median": round(statistics.median(totals), 2),
        "statuses": statuses,
        "flagged": sum(bool(r.flags) for r in results),
        # graded twice (the second time alone) and still not `graded`: the instructor regrades these
        "regrade": [r.student for r in results if not r.ok and not r.status.startswith("invalid-submission")],
        "exercises": exercises,
        "hardest": hardest,
    }


def summary_markdown(summary: dict) -> str:
    lines = [
        "# Class summary", "",
        f"{summary['submissions']} submissions; mean {summary['mean']:g}, median {summary['median']:g} of {summary['max_score']}.",
        "Statuses: " + ", ".join(f"{name} {count}" for name, count in sorted(summary["statuses"].items())) + f"; flagged {summary['flagged']}.",
    ]
    if summary["regrade"]:
        lines += ["", "**Regrade these submissions** (the run stopped early or hit a limit, also when graded again alone): "
                  + ", ".join(summary["regrade"]) + "."]
    lines += ["", "| exercise | points | mean | median | full marks |", "|---|---|---|---|---|"]
    for name, row in summary["exercises"].items():
        lines.append(f"| {name} | {row['points']} | {row['mean']:g} | {row['median']:g} | {row['full_marks']} |")
    lines += ["", "Hardest exercises (lowest mean share of points): " + ", ".join(summary["hardest"]), "",
              "![Scores](histogram.png)", ""]
    return "\n".join(lines)


def write_histogram(path: Path, summary: dict, results: list[SubmissionResult]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(6, 3.5))
    total = summary["max_score"] or 1
    axes.hist([r.score for r in results], bins=min(20, max(5, total)), range=(0, total), color="#3b7dd8", edgecolor="white")
    axes.set_xlabel(f"score (of {total})")
    axes.set_ylabel("submissions")
    axes.set_title(f"{summary['submissions']} submissions, median {summary['median']:g}")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    pyplot.close(figure)


def write_summary(out: Path, plan: TestPlan, results: list[SubmissionResult]) -> dict:
    summary = class_summary(plan, results)
    (out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    (out / "summary.md").write_text(summary_markdown(summary), encoding="utf-8")
    write_histogram(out / "histogram.png", summary, results)
    return summary
