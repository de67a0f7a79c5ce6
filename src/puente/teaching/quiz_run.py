"""`puente quiz MODULE` in the terminal: ask, explain every answer, keep the score beside progress."""

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from puente.i18n import Translator
from puente.paths import state_dir
from puente.teaching.quiz import Quiz

SCORES_FILE = "quizzes.json"


def take_quiz(quiz: Quiz, ask: Callable[[str], str], console: Console, t: Translator) -> int:
    """Ask every question; returns how many were answered right. `ask` raises EOFError when input ends."""
    right = 0
    lang = t.lang
    for number, question in enumerate(quiz.question, start=1):
        console.print(f"\n[bold]{number}. {escape(question.prompt(lang))}[/]")
        for letter, option in enumerate(question.option, start=1):
            console.print(f"   {letter}) {escape(option.text(lang))}")
        choice = _ask_choice(ask, len(question.option), console, t)
        chosen = question.option[choice]
        if chosen.correct:
            right += 1
            console.print(f"[green]✓ {t('quiz_right')}[/] {escape(chosen.why(lang))}")
        else:
            console.print(f"[red]✗ {t('quiz_wrong')}[/] {escape(chosen.why(lang))}")
    return right


def _ask_choice(ask: Callable[[str], str], count: int, console: Console, t: Translator) -> int:
    while True:
        answer = ask(t("quiz_prompt", count=count)).strip()
        if answer.isdigit() and 1 <= int(answer) <= count:
            return int(answer) - 1
        console.print(t("quiz_invalid", count=count))


def record_score(root: Path, module_id: str, right: int, total: int) -> None:
    """Kept in .puente/quizzes.json (ignored by git), next to progress.json; the last attempt counts."""
    path = state_dir(root) / SCORES_FILE
    scores = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    scores[module_id] = {"right": right, "total": total, "taken_at": datetime.now(UTC).isoformat(timespec="seconds")}
    path.write_text(json.dumps(scores, indent=2, sort_keys=True), encoding="utf-8")


def read_scores(root: Path) -> dict[str, dict]:
    path = state_dir(root) / SCORES_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
