"""feedback.md: what a learner reads after grading, in their language (English unless Spanish is asked).

Spanish comes from `--lang es`, or with `--lang auto` (the default) from the submission
itself: `.puente-lang` or `.puente/lang` holding `es`. Hidden tests are named but never explained: their messages
could give the answer away.
"""

from pathlib import Path

from puente.grading.model import SubmissionResult
from puente.grading.plan import TestPlan

WORDS = {
    "en": {
        "title": "Feedback for {student}",
        "score": "**Score: {score:g} / {total}**",
        "status": "Status: `{status}`",
        "invalid": "Your submission could not be graded: {why}. Fix it and submit again; nothing else was lost.",
        "timeout": "Your code ran past the time limit; tests that finished before were counted.",
        "incomplete": "Grading lost some results ({why}); an instructor will grade your submission again.",
        "flags": "An instructor will review your submission: {flags}.",
        "passed": "All tests pass. Well done.",
        "failed": "What to fix:",
        "hidden": "a hidden test failed (it checks the same objective with other data)",
        "hint": "Hint: {hint}",
        "lesson": "Lesson section: `{module}` → *{section}*",
        "check": "Try it yourself with `puente check {exercise}`.",
    },
    "es": {
        "title": "Retroalimentación para {student}",
        "score": "**Puntaje: {score:g} / {total}**",
        "status": "Estado: `{status}`",
        "invalid": "No pudimos calificar su entrega: {why}. Corríjala y envíela de nuevo; no se perdió nada más.",
        "timeout": "Su código pasó el tiempo límite; se contaron las pruebas que alcanzaron a terminar.",
        "incomplete": "La calificación perdió algunos resultados ({why}); un instructor calificará su entrega de nuevo.",
        "flags": "Un instructor revisará su entrega: {flags}.",
        "passed": "Todas las pruebas pasan. Muy bien.",
        "failed": "Qué corregir:",
        "hidden": "falló una prueba oculta (revisa el mismo objetivo con otros datos)",
        "hint": "Pista: {hint}",
        "lesson": "Sección de la lección: `{module}` → *{section}*",
        "check": "Pruébelo usted mismo con `puente check {exercise}`.",
    },
}


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
