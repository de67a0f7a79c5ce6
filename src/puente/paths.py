"""Where the course is: every command starts by finding the folder that holds course.toml."""

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from puente.errors import PuenteError

MANIFEST_NAME = "course.toml"
TREES = ("exercises", "solutions")


def find_course_root(start: Path | None = None) -> Path:
    """The nearest folder at or above `start` (default: $PUENTE_ROOT, else the working folder) with course.toml."""
    if start is None:
        start = Path(os.environ.get("PUENTE_ROOT") or Path.cwd())
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / MANIFEST_NAME).is_file():
            return folder
    from puente.i18n import tr

    raise PuenteError(tr("error.not_a_course", start=start, name=MANIFEST_NAME), tr("error.not_a_course_fix"))


def state_dir(root: Path) -> Path:
    """The learner's private state (progress, hints, backups): ignored by git, never graded."""
    folder = root / ".puente"
    folder.mkdir(exist_ok=True)
    return folder


def copy_into(source_root: Path, relative_paths: Iterable[str], destination_root: Path) -> None:
    """Copy files and folders to the same relative places under another root, leaving caches behind."""
    for relative in relative_paths:
        source, destination = Path(source_root) / relative, Path(destination_root) / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
        else:
            shutil.copy2(source, destination)
