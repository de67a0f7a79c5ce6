"""The `puente quiz` command, registered into the CLI by cli.EXTENSIONS."""

from typing import Annotated

import typer
from rich.console import Console

from puente.i18n import Translator, detect_language
from puente.manifest import load_manifest
from puente.paths import find_course_root

console = Console(highlight=False)


def quiz(
    ctx: typer.Context,
    module: Annotated[str, typer.Argument(help="module id, e.g. m00_welcome")],
) -> None:
    """Take a module's self-check: each answer is explained, and your score is kept beside your progress.

    Example: puente quiz m00_welcome
    """
    from puente.teaching.quiz import load_quiz
    from puente.teaching.quiz_run import record_score, take_quiz

    t = Translator(detect_language(ctx.obj))
    root = find_course_root()
    module_id = load_manifest(root).get_module(module).id
    questions = load_quiz(root, module_id)
    try:
        right = take_quiz(questions, input, console, t)
    except (EOFError, KeyboardInterrupt):
        console.print(f"\n{t('quiz_interrupted')}")
        raise typer.Exit(130) from None
    total = len(questions.question)
    record_score(root, module_id, right, total)
    console.print(f"\n[bold]{t('quiz_score', right=right, total=total, module=module_id)}[/]")


def register(app: typer.Typer) -> None:
    app.command("quiz")(quiz)
