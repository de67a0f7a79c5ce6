"""feedback.md: what a learner reads after grading, in their language (English unless Spanish is asked).

Spanish comes from `--lang es`, or with `--lang auto` (the default) from the submission
itself: `.puente-lang` or `.puente/lang` holding `es`. Hidden tests are named but never explained: their messages
could give the answer away.
"""

from pathlib import Path

from puente.grading.model import SubmissionResult
from puente.grading.plan import TestPlan
from puente.i18n import MESSAGES

# The texts live in the toolkit's one catalog (puente/catalog.py, keys `feedback.*`).
WORDS = {lang: {key.removeprefix("feedback."): texts[index] for key, texts in MESSAGES.items() if key.startswith("feedback.")}
         for index, lang in enumerate(("en", "es"))}


def feedback_markdown(plan: TestPlan, result: SubmissionResult) -> str:
    lang = result.lang if result.lang in WORDS else "en"
    words = WORDS[lang]
    total = sum(e.points for e in plan.exercises)
    lines = [f"# {words['title'].format(student=result.student)}", "", words["score"].format(score=result.score, total=total),
             "", words["status"].format(status=result.status), ""]
    if result.status.startswith("invalid-submission"):
        lines += [words["invalid"].format(why=result.status.split(": ", 1)[-1]), ""]
        return "\n".join(lines)
    if result.status.startswith("timeout"):
        lines += [words["timeout"], ""]
    if result.status.startswith("incomplete"):
        lines += [words["incomplete"].format(why=result.status.split(": ", 1)[-1]), ""]
    if result.flags:
        lines += [words["flags"].format(flags="; ".join(result.flags)), ""]
    for exercise in plan.exercises:
        tests = [t for t in result.tests if t.exercise == exercise.id]
        earned = result.exercise_scores.get(exercise.id, 0.0)
        lines += [f"## {exercise.title(lang)} — {earned:g} / {exercise.points}", ""]
        failing = [t for t in tests if not t.passed]
        if not failing:
            lines += [words["passed"], ""]
            continue
        lines += [words["failed"], ""]
        for test in failing:
            detail = words["hidden"] if test.hidden else (test.message or "failed").strip()
            lines += [f"- `{test.name}`: " + detail.replace("\n", "\n  "), ""]
        lines += [words["hint"].format(hint=exercise.hints[0](lang))]
        if exercise.lesson_section:
            lines += ["", words["lesson"].format(module=exercise.module, section=exercise.lesson_section)]
        lines += ["", words["check"].format(exercise=exercise.id), ""]
    return "\n".join(lines)


def write_feedback(path: Path, plan: TestPlan, result: SubmissionResult) -> None:
    path.write_text(feedback_markdown(plan, result), encoding="utf-8")
