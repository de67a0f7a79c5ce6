"""The `puente` command: a learner's next step is always one short command away."""

import importlib
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from puente import learner
from puente.cli_help import command_in_language
from puente.errors import PuenteError
from puente.i18n import Translator, command_language, detect_language, in_language

app = typer.Typer(
    help="Puente, an MLOps course. With no command, `puente check` checks your next exercise.",
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
console = Console(highlight=False)
EXTENSIONS = (
    "puente.serve_command",
    "puente.grading.commands",
    "puente.editions.commands",
    "puente.mutation_command",
    "puente.teaching.commands",
    "puente.workshop.commands",
    "puente.capstone.commands",
)


def _session(lang: str | None = None) -> learner.Session:
    return learner.Session.open(console, Translator(detect_language(lang)))


LangOption = Annotated[str | None, typer.Option("--lang", help="en or es (default: $PUENTE_LANG, else your locale)")]


@app.callback(invoke_without_command=True)
def main_callback(ctx: typer.Context, lang: LangOption = None) -> None:
    ctx.obj = lang
    if ctx.invoked_subcommand is None:
        raise typer.Exit(_session(lang).check(None))


@app.command("list")
def list_exercises(ctx: typer.Context) -> None:
    """Every module and exercise in teaching order, with points and your status.

    Example: puente list
    """
    _session(ctx.obj).list_exercises()


@app.command()
def check(
    ctx: typer.Context,
    exercise: Annotated[str | None, typer.Argument(help="exercise id, or a module (capstone, m08_capstone) for all its exercises (default: your next unfinished one)")] = None,
    all_exercises: Annotated[bool, typer.Option("--all", help="check every exercise")] = False,
) -> None:
    """Run an exercise's graded tests on your code and record your progress.

    Example: puente check first_look
    """
    session = _session(ctx.obj)
    raise typer.Exit(session.check_all() if all_exercises else session.check(exercise))


@app.command()
def hint(ctx: typer.Context, exercise: Annotated[str, typer.Argument(help="exercise id")]) -> None:
    """Show one more hint for an exercise each time you run it.

    Example: puente hint first_look
    """
    _session(ctx.obj).hint(exercise)


@app.command()
def progress(ctx: typer.Context) -> None:
    """Your points per module, from your last checks.

    Example: puente progress
    """
    _session(ctx.obj).show_progress()


@app.command()
def reset(ctx: typer.Context, exercise: Annotated[str, typer.Argument(help="exercise id")]) -> None:
    """Put an exercise's files back to the untouched stub (your version is backed up).

    Example: puente reset first_look
    """
    _session(ctx.obj).reset(exercise)


@app.command()
def catchup(
    ctx: typer.Context,
    module: Annotated[str | None, typer.Argument(help="the module you want to start")] = None,
    from_file: Annotated[Path | None, typer.Option("--from", help="a solutions release file from your instructor")] = None,
) -> None:
    """Fill every exercise before MODULE with its reference solution, so a latecomer can join.

    Example: puente catchup m02_dvc
    """
    _session(ctx.obj).catchup(module, from_file)


@app.command()
def watch(ctx: typer.Context, exercise: Annotated[str | None, typer.Argument(help="exercise id")] = None) -> None:
    """Check an exercise again every time you save a file (Ctrl+C stops).

    Example: puente watch first_look
    """
    _session(ctx.obj).watch(exercise)


@app.command()
def doctor(ctx: typer.Context, quiet: Annotated[bool, typer.Option("--quiet", help="print only problems")] = False) -> None:
    """Check Python, packages, data and the DVC remote; each problem comes with its fix.

    Example: puente doctor
    """
    from puente.doctor import run_doctor

    raise typer.Exit(run_doctor(_session(ctx.obj), quiet))


@app.command()
def welcome(ctx: typer.Context) -> None:
    """What to do next: your next exercise, its lesson, and how to open JupyterLab and the site.

    Example: puente welcome
    """
    _session(ctx.obj).welcome()


@app.command()
def verify(
    modules: Annotated[list[str] | None, typer.Argument(help="module ids (default: all)")] = None,
    root: Annotated[Path | None, typer.Option(help="the course folder (default: the one you are in)")] = None,
    static: Annotated[bool, typer.Option("--static", help="only the fast checks: files, markers, manifest, lessons")] = False,
) -> None:
    """The course checks itself: solutions pass, every graded test fails on its stub, lessons exist in both languages.

    Example: puente verify m00_welcome
    """
    from puente.verify import run_verify

    raise typer.Exit(run_verify(console, root, modules or [], static))


def _load_extensions() -> None:
    """Feature commands (serve, grade, ...) live next to their feature and register themselves here."""
    for name in EXTENSIONS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name not in (name, name.rpartition(".")[0]):
                raise
            continue
        module.register(app)


def main() -> None:
    _load_extensions()
    try:
        command_in_language(app, command_language())(standalone_mode=True)
    except PuenteError as error:
        _print_error(error)
        sys.exit(2)


def _print_error(error: PuenteError) -> None:
    t = Translator(command_language())
    err = Console(stderr=True, highlight=False)
    line = f"[bold red]{t('error')}:[/] {escape(in_language(error.problem, t.lang))}"
    if error.fix:
        line += f" — {t('fix')}: [bold]{escape(in_language(error.fix, t.lang))}[/]"
    err.print(line, soft_wrap=True)
