"""The `puente capstone` commands, registered into the CLI by cli.EXTENSIONS."""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from puente.paths import find_course_root

capstone_app = typer.Typer(help="The capstone (module 08): a team's starter repository.", no_args_is_help=True, rich_markup_mode=None)
console = Console(highlight=False)


@capstone_app.command("new")
def new(
    ctx: typer.Context,
    team_dir: Annotated[Path, typer.Argument(help="a new (or empty) folder for the team's repository")],
    name: Annotated[str, typer.Option(help="the team's name, shown in the README and the charter")] = "Our team",
) -> None:
    """Render the capstone starter: README (EN+ES), Makefile, empty dvc.yaml, CI stub, model card, team charter.

    Example: puente capstone new ../equipo-condor --name "Equipo Cóndor"
    """
    from puente.capstone.starter import render_starter
    from puente.i18n import Translator, detect_language

    made = render_starter(find_course_root(), team_dir, name)
    console.print(Translator(detect_language(ctx.obj))("capstone_created", path=made))


def register(app: typer.Typer) -> None:
    app.add_typer(capstone_app, name="capstone")
