"""The `puente workshop` commands, registered into the CLI by cli.EXTENSIONS."""

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from puente.paths import find_course_root

workshop_app = typer.Typer(help="Workshops: a JupyterHub for a room, and a pack for a room with no network.", no_args_is_help=True, rich_markup_mode=None)
console = Console(highlight=False)


@workshop_app.command("hub")
def hub(
    settings: Annotated[Path | None, typer.Option(help="the room's settings (default: workshop/hub.toml)")] = None,
    state: Annotated[Path | None, typer.Option(help="where the hub keeps its database and homes (default: .puente/hub)")] = None,
    port: Annotated[int | None, typer.Option(help="the hub's port (default: hub.toml's)")] = None,
) -> None:
    """Start the room's JupyterHub on 127.0.0.1: shared password, one server per learner, the course by nbgitpuller.

    Example: puente workshop hub --port 8100
    """
    from puente.workshop.hub_command import run_hub

    raise typer.Exit(run_hub(find_course_root(), console, settings, state, port))


@workshop_app.command("pack")
def pack(out: Annotated[Path, typer.Argument(help="a new folder for the pack (a USB stick, a shared drive)")]) -> None:
    """Build everything a room with no network needs: wheels of the locked packages, the course as a git bundle.

    Example: puente workshop pack ../room-pack
    """
    from puente.workshop.pack import build_pack

    built = build_pack(find_course_root(), out, console)
    console.print(f"Pack written to {built.folder}: {built.wheels} wheels, {built.megabytes:.0f} MB. "
                  f"On each laptop: see {built.folder / 'README.txt'}")


def register(app: typer.Typer) -> None:
    app.add_typer(workshop_app, name="workshop")
