"""The `puente edition` commands, registered into the CLI by cli.EXTENSIONS."""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from puente.manifest import load_manifest
from puente.paths import find_course_root

edition_app = typer.Typer(
    help="Classroom editions: a student repository without solutions, and solutions released one module at a time.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
console = Console(highlight=False)


@edition_app.command("student")
def student(out: Annotated[Path, typer.Argument(help="a new folder outside the course, for the student repository")]) -> None:
    """Write the student edition (a GitHub Classroom template): lessons, exercises, visible tests, data, toolkit; no solutions.

    Example: puente edition student ../puente-student
    """
    from puente.editions.student import build_student_edition

    built = build_student_edition(find_course_root(), out)
    console.print(f"[green]Student edition written to {escape(str(built.folder))}[/]: {built.copied} files, "
                  f"{built.left_out} instructor-only files left out, {built.hints} solution blocks turned into hints.")
    console.print(f"No file in it carries the content of any of the {built.solutions_checked} solution files (checked by sha256).")
    console.print("Next: cd into it, `git init && git add -A && git commit -m 'Student edition'`, push it to a new repository "
                  "and mark it as a template (GitHub Classroom: use it as the assignment's starter code).")


@edition_app.command("solutions")
def solutions(
    module: Annotated[str, typer.Argument(help="the module whose solutions you release, e.g. m00_welcome")],
    out: Annotated[Path, typer.Argument(help="the .zip to write (or a folder to write it into)")],
) -> None:
    """Write one module's reference solutions to a release file that learners apply with `puente catchup --from FILE`.

    Example: puente edition solutions m00_welcome m00-solutions.zip
    """
    from puente.editions.release import write_release

    root = find_course_root()
    path, names = write_release(root, load_manifest(root), module, out)
    console.print(f"[green]Wrote {escape(str(path))}[/]: {len(names)} solution files of {escape(module)}.")
    console.print(f"Learners apply it with: puente catchup --from {escape(path.name)}")


def register(app: typer.Typer) -> None:
    app.add_typer(edition_app, name="edition")
