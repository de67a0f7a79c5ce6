"""`puente workshop hub`: start the room's JupyterHub from workshop/hub.toml, say the password and the link."""

import os
import secrets
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from puente.errors import PuenteError
from puente.workshop.hub_config import PROXY
from puente.workshop.link import room_link
from puente.workshop.settings import SETTINGS_FILE, course_source, load_settings

CONFIG_FILE = "workshop/jupyterhub_config.py"


def hub_environment(root: Path, settings_path: Path, state: Path, port: int | None, password: str) -> dict[str, str]:
    """What workshop/jupyterhub_config.py reads: no secret is written into a committed file."""
    admin_file = state / "admin_password"
    if not admin_file.is_file():
        admin_file.write_text(secrets.token_urlsafe(32))
        admin_file.chmod(0o600)
    env = {**os.environ, "PUENTE_ROOT": str(root), "PUENTE_HUB_SETTINGS": str(settings_path), "PUENTE_HUB_STATE": str(state),
           "PUENTE_HUB_PASSWORD": password, "PUENTE_HUB_ADMIN_PASSWORD": admin_file.read_text()}
    if port:
        env["PUENTE_HUB_PORT"] = str(port)
    return env


def hub_command() -> list[str]:
    return [str(Path(sys.executable).with_name("jupyterhub")), "-f"]


def run_hub(root: Path, console: Console, settings_file: Path | None, state: Path | None, port: int | None) -> int:
    settings_path = (settings_file or root / SETTINGS_FILE).resolve()
    settings = load_settings(root, settings_path)
    if not (root / PROXY).is_file():
        raise PuenteError("configurable-http-proxy (the hub's proxy, an npm tool) is not installed", "make tools")
    if shutil.which("git") is None:
        raise PuenteError("git is missing: nbgitpuller needs it to give every learner the course", "install git")
    state = (state or root / ".puente" / "hub").resolve()
    state.mkdir(parents=True, exist_ok=True)
    password = os.environ.get("PUENTE_HUB_PASSWORD") or secrets.token_urlsafe(9)
    env = hub_environment(root, settings_path, state, port, password)
    url = f"http://{settings.hub.ip}:{port or settings.hub.port}"
    console.print(f"[bold]Workshop hub[/]: {url}  ({settings.room.size} learners: "
                  f"{settings.room.learners[0]} … {settings.room.learners[-1]}; admins: {', '.join(settings.room.admins) or 'none'})")
    console.print(f"Room password: [bold]{escape(password)}[/]  (admins: the password in {state / 'admin_password'})")
    console.print(f"The link for the room (clones the course, opens the notebook):\n{room_link(url, course_source(root, settings), settings)}")
    console.print("Ctrl+C stops the hub and every learner's server.")
    process = subprocess.Popen([*hub_command(), str(root / CONFIG_FILE)], cwd=state, env=env)
    # a service manager's SIGTERM reaches only this process: pass it on, so the hub stops its proxy and servers
    signal.signal(signal.SIGTERM, lambda *_: process.terminate())
    try:
        return process.wait()
    except KeyboardInterrupt:  # Ctrl+C reached the hub too (same terminal): let it clean up
        process.wait()
        return 130
