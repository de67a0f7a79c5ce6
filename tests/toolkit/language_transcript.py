"""Print everything a learner reads from the toolkit in one language (for test_language_everywhere.py).

    python tests/toolkit/language_transcript.py es COURSE [--cli]

Runs every graded test once, in this process, on COURSE's exercises/ (as `puente check --all`
does), then prints each exercise's report as `puente check EXERCISE` prints it. With --cli it
also prints doctor, list, hint, progress, `--help` of every command and the bad-input errors.
"""

import contextlib
import io
import os
import sys
from pathlib import Path

from rich.console import Console

from puente import cli
from puente.cli_help import command_tree
from puente.i18n import Translator
from puente.learner import Session
from puente.runner import run_tests


def run_cli(args: list[str], cwd: Path) -> str:
    """`puente ARGS` in this process, its stdout and stderr."""
    out = io.StringIO()
    here = Path.cwd()
    os.chdir(cwd)
    sys.argv = ["puente", *args]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out), contextlib.suppress(SystemExit):
            cli.main()
    finally:
        os.chdir(here)
    cli._load_extensions = lambda: None  # feature commands are registered once
    return f"$ puente {' '.join(args)}\n{out.getvalue()}"


def checks(lang: str, course: Path) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=300, no_color=True, highlight=False)
    os.chdir(course)
    session = Session.open(console, Translator(lang))
    exercises = session.manifest.exercise
    results, output = run_tests(course, [e.test_file for e in exercises])
    for exercise in exercises:
        console.print(f"$ puente check {exercise.id}")
        console.print(f"{session.t('checking', exercise=exercise.id)} — {exercise.title(lang)}")
        session._report(exercise, [r for r in results if r.exercise == exercise.id], output)
    return buffer.getvalue()


def cli_texts(lang: str, course: Path) -> str:
    runs = [["doctor"], ["list"], ["progress"], ["welcome"], ["hint", "first_look"], ["hint", "first_look"]]
    cli._load_extensions()
    commands = command_tree(cli.app)
    runs += [[*([] if path == "puente" else path.split()), "--help"] for path in commands]
    # the toolkit's bad-input errors (tests/toolkit/test_bad_input.py and the CLI's own)
    runs += [["check", "first_lok"], ["hint", "primera_mirada"], ["catchup", "m99"], ["catchup"], ["check", "--bogus"], ["frob"], ["hint"]]
    text = "".join(run_cli([f"--lang={lang}", *args], course) for args in runs)
    text += run_cli([f"--lang={lang}", "list"], course.parent)  # outside the course
    data = course / "data" / "credit_data.csv"
    data.rename(data.with_suffix(".away"))
    text += run_cli([f"--lang={lang}", "check", "first_look"], course) + run_cli([f"--lang={lang}", "doctor"], course)
    data.with_suffix(".away").rename(data)
    manifest = course / "course.toml"
    original = manifest.read_text(encoding="utf-8")
    manifest.write_text(original.replace("\npoints = 10\n", "\n", 1), encoding="utf-8")
    text += run_cli([f"--lang={lang}", "list"], course)
    manifest.write_text(original.replace("minutes = 15", "minutes = 15\npoint = 3", 1), encoding="utf-8")
    text += run_cli([f"--lang={lang}", "list"], course)
    manifest.write_text(original, encoding="utf-8")
    return text


if __name__ == "__main__":
    language, folder = sys.argv[1], Path(sys.argv[2]).resolve()
    with_cli = "--cli" in sys.argv
    printed = checks(language, folder)
    if with_cli:
        printed += cli_texts(language, folder)
    sys.stdout.write(printed)
