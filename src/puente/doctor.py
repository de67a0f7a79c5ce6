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
from puente.i18n import Bilingual, in_language, tr

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
        check_tool("git", tr("doctor.git_fix")),
        check_data_present(root),
        check_dvc_remote(root),
    ]
    problems = [c for c in checks if c.problem]
    console, t = session.console, session.t
    for check in checks:
        name, problem, fix = (escape(in_language(text, t.lang)) for text in (check.name, check.problem, check.fix))
        if check.problem:
            console.print(f"[red]✗ {name}[/]: {problem} — {t('fix')}: [bold]{fix}[/]", soft_wrap=True)
        elif not quiet:
            console.print(f"[green]✓[/] {name}")
    console.print(t("doctor_problems", count=len(problems)) if problems else f"[green]{t('doctor_ok')}[/]")
    return 1 if problems else 0


def check_python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info < (3, 11):  # noqa: UP036 (a learner may run this file with an older Python)
        return Check("python", tr("doctor.python_old", version=version), tr("doctor.python_old_fix"))
    return Check(f"python {version}")


def check_virtualenv(root: Path) -> Check:
    expected = (root / ".venv").resolve()
    if Path(sys.prefix).resolve() != expected:
        return Check(tr("doctor.venv"), tr("doctor.venv_other", prefix=sys.prefix), tr("doctor.venv_fix"))
    return Check(tr("doctor.venv_ok"))


def check_python_on_path(root: Path) -> Check:
    """dvc.yaml's stages run `python`: it must be the course's, or `dvc repro` cannot import credit_scoring."""
    found = shutil.which("python")
    if found is None or Path(found).parent.resolve() != (root / ".venv" / "bin").resolve():
        return Check(tr("doctor.path"), tr("doctor.path_other", found=found or tr("doctor.missing")), "source .venv/bin/activate")
    return Check(tr("doctor.path_ok"))


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
        return Check(tr("doctor.lock"), tr("doctor.lock_missing"), "git checkout -- requirements.lock")
    wrong = []
    for name, version in locked_versions(root).items():
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            installed = None
        if installed != version:
            wrong.append((name, installed, version))
    if wrong:
        shown = {lang: ", ".join(tr("doctor.lock_wrong", name=n, installed=i or tr("doctor.missing").text(lang), version=v).text(lang) for n, i, v in wrong[:4])
                 + (tr("doctor.lock_more", count=len(wrong) - 4).text(lang) if len(wrong) > 4 else "") for lang in ("en", "es")}
        return Check(tr("doctor.lock"), Bilingual(shown["en"], shown["es"]), SETUP)
    return Check(tr("doctor.lock_ok"))


def check_toolkit_location(root: Path) -> Check:
    import puente

    here = Path(puente.__file__).resolve()
    if not here.is_relative_to(root.resolve()):
        return Check(tr("doctor.toolkit"), tr("doctor.toolkit_other", folder=here.parent), SETUP)
    return Check(tr("doctor.toolkit_ok"))


def check_tool(name: str, fix: str) -> Check:
    return Check(name) if shutil.which(name) else Check(name, tr("doctor.tool_missing", name=name), fix)


def check_data_present(root: Path) -> Check:
    try:
        check_data(root)
    except PuenteError as error:
        return Check(tr("doctor.data"), error.problem, error.fix)
    return Check(tr("doctor.data_ok"))


def check_dvc_remote(root: Path) -> Check:
    """The course remote is a folder in the repository: it must exist and hold every file data.dvc names."""
    try:
        folder = remote_folder(root)
        wanted = expected_files(root)
    except PuenteError as error:
        return Check(tr("doctor.remote"), error.problem, error.fix)
    if folder is None:
        return Check(tr("doctor.remote_cloud"))
    if not folder.is_dir():
        return Check(tr("doctor.remote"), tr("doctor.remote_unreachable", folder=folder), RESTORE_REMOTE)
    missing = [path for path, digest in wanted.items() if not (folder / "files" / "md5" / digest[:2] / digest[2:]).is_file()]
    if missing:
        return Check(tr("doctor.remote"), tr("doctor.remote_incomplete", files=", ".join(missing)), tr("doctor.remote_push"))
    return Check(tr("doctor.remote_ok", folder=folder.relative_to(root) if folder.is_relative_to(root) else folder))
