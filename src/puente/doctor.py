"""`puente doctor`: is this machine ready for the course? Every problem comes with the command that fixes it."""

import importlib.metadata
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from rich.markup import escape

from puente.data_check import RESTORE_REMOTE, check_data, expected_files, remote_folder
from puente.errors import PuenteError

LOCK_LINE = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")
SETUP = "make setup"


@dataclass
class Check:
    name: str
    problem: str = ""
    fix: str = ""


def run_doctor(session, quiet: bool) -> int:
    root = session.root
    checks = [
        check_python(),
        check_virtualenv(root),
        check_python_on_path(root),
        check_locked_packages(root),
        check_toolkit_location(root),
        check_tool("git", "install git (Debian/Ubuntu: sudo apt-get install git)"),
        check_data_present(root),
        check_dvc_remote(root),
    ]
    problems = [c for c in checks if c.problem]
    console, t = session.console, session.t
    for check in checks:
        if check.problem:
            console.print(f"[red]✗ {check.name}[/]: {escape(check.problem)} — {t('fix')}: [bold]{escape(check.fix)}[/]", soft_wrap=True)
        elif not quiet:
            console.print(f"[green]✓[/] {check.name}")
    console.print(t("doctor_problems", count=len(problems)) if problems else f"[green]{t('doctor_ok')}[/]")
    return 1 if problems else 0


def check_python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info < (3, 11):  # noqa: UP036 (a learner may run this file with an older Python)
        return Check("python", f"Python {version} is too old; Puente needs 3.11 or newer", "install Python 3.11+, then `make clean start`")
    return Check(f"python {version}")


def check_virtualenv(root: Path) -> Check:
    expected = (root / ".venv").resolve()
    if Path(sys.prefix).resolve() != expected:
        return Check("virtual environment", f"puente runs from {sys.prefix}, not from this course's .venv", "source .venv/bin/activate  (or: make setup)")
    return Check("virtual environment .venv")


def check_python_on_path(root: Path) -> Check:
    """dvc.yaml's stages run `python`: it must be the course's, or `dvc repro` cannot import credit_scoring."""
    found = shutil.which("python")
    if found is None or Path(found).parent.resolve() != (root / ".venv" / "bin").resolve():
        return Check("python on PATH", f"`python` is {found or 'missing'}, not the course's .venv/bin/python", "source .venv/bin/activate")
    return Check("python on PATH is the course's")


def locked_versions(root: Path) -> dict[str, str]:
    """name -> version pinned in requirements.lock for this interpreter and platform."""
    from packaging.markers import Marker

    pins = {}
    for line in (root / "requirements.lock").read_text(encoding="utf-8").splitlines():
        match = LOCK_LINE.match(line.strip())
        if match and (not match[3] or Marker(match[3]).evaluate()):
            pins[match[1].lower()] = match[2]
    return pins


def check_locked_packages(root: Path) -> Check:
    lock = root / "requirements.lock"
    if not lock.is_file():
        return Check("locked packages", "requirements.lock is missing", "git checkout -- requirements.lock")
    wrong = []
    for name, version in locked_versions(root).items():
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            installed = "missing"
        if installed != version:
            wrong.append(f"{name} {installed} (locked {version})")
    if wrong:
        shown = ", ".join(wrong[:4]) + (f" and {len(wrong) - 4} more" if len(wrong) > 4 else "")
        return Check("locked packages", shown, SETUP)
    return Check("locked packages match requirements.lock")


def check_toolkit_location(root: Path) -> Check:
    import puente

    here = Path(puente.__file__).resolve()
    if not here.is_relative_to(root.resolve()):
        return Check("toolkit", f"`puente` comes from another copy of the course ({here.parent})", SETUP)
    return Check("toolkit installed from this folder")


def check_tool(name: str, fix: str) -> Check:
    return Check(name) if shutil.which(name) else Check(name, f"`{name}` is not installed", fix)


def check_data_present(root: Path) -> Check:
    try:
        check_data(root)
    except PuenteError as error:
        return Check("course data", error.problem, error.fix)
    return Check("course data matches data.dvc")


def check_dvc_remote(root: Path) -> Check:
    """The course remote is a folder in the repository: it must exist and hold every file data.dvc names."""
    try:
        folder = remote_folder(root)
        wanted = expected_files(root)
    except PuenteError as error:
        return Check("DVC remote", error.problem, error.fix)
    if folder is None:
        return Check("DVC remote (not a local folder: not checked offline)")
    if not folder.is_dir():
        return Check("DVC remote", f"the remote folder {folder} is unreachable", RESTORE_REMOTE)
    missing = [path for path, digest in wanted.items() if not (folder / "files" / "md5" / digest[:2] / digest[2:]).is_file()]
    if missing:
        return Check("DVC remote", f"the remote has no copy of {', '.join(missing)}", "dvc push data.dvc  (from a clone that has the data)")
    return Check(f"DVC remote {folder.relative_to(root) if folder.is_relative_to(root) else folder} holds the data")
