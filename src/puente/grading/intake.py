"""Take in one submission without trusting it: only the manifest's files, no links, no escapes.

A submission is a folder or a .zip holding `exercises/` at its root or inside one top folder
(GitHub Classroom and LMS downloads add that folder). Nothing else of it is ever read: its
conftest.py, pytest config, sitecustomize.py, .pth files and tests stay behind.
"""

import os
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from puente.grading.model import Submission

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_FILES_PER_FOLDER = 500
MAX_ZIP_MEMBERS = 20_000
# `es` in either file asks for Spanish feedback: the committed marker travels with a repository,
# the clone's private state folder travels with a zip of the whole clone
LANG_FILES = (".puente-lang", ".puente/lang")


class InvalidSubmission(Exception):
    """The submission cannot be graded; the message says why in words a learner can act on."""


@dataclass
class Intake:
    copied: list[str] = field(default_factory=list)  # relative to exercises/
    missing: list[str] = field(default_factory=list)
    lang: str = ""


def discover(folder: Path) -> list[Submission]:
    """Every entry of SUBMISSIONS except hidden files; the entry's name is the student id."""
    entries = sorted(os.listdir(os.fsencode(folder)))
    return [
        Submission(_student_id(name.decode("utf-8", "backslashreplace")), folder / os.fsdecode(name))
        for name in entries
        if not name.startswith(b".")
    ]


def _student_id(name: str) -> str:
    return name[:-4] if name.lower().endswith(".zip") and len(name) > 4 else name


def take_in(submission: Submission, wanted: list[str], destination: Path) -> Intake:
    """Copy the `wanted` paths (relative to exercises/) into `destination`, or raise InvalidSubmission."""
    try:
        os.fsencode(submission.path.name).decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidSubmission("its name is not valid UTF-8; rename it with plain letters") from None
    info = os.lstat(submission.path)
    if stat.S_ISLNK(info.st_mode):
        raise InvalidSubmission("it is a symbolic link; submit a real folder or .zip")
    if stat.S_ISDIR(info.st_mode):
        return _from_folder(submission.path, wanted, destination)
    if submission.path.suffix.lower() == ".zip" and stat.S_ISREG(info.st_mode):
        return _from_zip(submission.path, wanted, destination)
    raise InvalidSubmission("it is neither a folder nor a .zip file")


def _size_text(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def _too_big(relative: str, size: int) -> InvalidSubmission:
    return InvalidSubmission(f"exercises/{relative} is {_size_text(size)}; a file may be at most {_size_text(MAX_FILE_BYTES)}")


# --- folders -------------------------------------------------------------------------------


def _from_folder(root: Path, wanted: list[str], destination: Path) -> Intake:
    base = _folder_base(root)
    intake = Intake(lang=next(filter(None, (_read_lang_file(base / name) for name in LANG_FILES)), ""))
    for relative in wanted:
        source = base / "exercises" / relative
        kind = _lstat_no_links(base, PurePosixPath("exercises") / relative)
        if kind is None:
            intake.missing.append(relative)
        elif stat.S_ISDIR(kind.st_mode):
            _copy_folder(source, destination / relative, relative)
            intake.copied.append(relative)
        else:
            _copy_file(source, destination / relative, relative, kind)
            intake.copied.append(relative)
    return intake


def _folder_base(root: Path) -> Path:
    """The folder holding exercises/: the entry itself, or its single top folder."""
    if _lstat_no_links(root, PurePosixPath("exercises")) is not None:
        return root
    tops = [name for name in os.listdir(root) if not name.startswith(".")]
    if len(tops) == 1 and _lstat_no_links(root, PurePosixPath(tops[0]) / "exercises") is not None:
        return root / tops[0]
    if not tops:
        raise InvalidSubmission("it is empty")
    raise InvalidSubmission("no exercises/ folder at its top or inside one top folder")


def _lstat_no_links(base: Path, relative: PurePosixPath) -> os.stat_result | None:
    """lstat every component: a symbolic link anywhere on the way is refused, a missing one is None."""
    current = base
    info = None
    for part in relative.parts:
        current = current / part
        try:
            info = os.lstat(current)
        except (FileNotFoundError, NotADirectoryError):
            return None
        if stat.S_ISLNK(info.st_mode):
            raise InvalidSubmission(f"{current.relative_to(base)} is a symbolic link; submit the file itself")
        if not (stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode)):
            raise InvalidSubmission(f"{current.relative_to(base)} is not a regular file")
    return info


def _copy_file(source: Path, target: Path, relative: str, info: os.stat_result) -> None:
    if info.st_size > MAX_FILE_BYTES:
        raise _too_big(relative, info.st_size)
    descriptor = os.open(source, os.O_RDONLY | os.O_NOFOLLOW)
    with os.fdopen(descriptor, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(relative, len(data))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _copy_folder(source: Path, target: Path, relative: str) -> None:
    count = 0
    for folder, subfolders, files in os.walk(source, followlinks=False):
        for name in subfolders + files:
            count += 1
            if count > MAX_FILES_PER_FOLDER:
                raise InvalidSubmission(f"exercises/{relative} holds more than {MAX_FILES_PER_FOLDER} files")
            path = Path(folder) / name
            inner = f"{relative}/{path.relative_to(source).as_posix()}"
            try:
                inner.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidSubmission(f"a file name inside exercises/{relative} is not valid UTF-8") from None
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                raise InvalidSubmission(f"exercises/{inner} is a symbolic link; submit the file itself")
            if stat.S_ISREG(info.st_mode):
                _copy_file(path, target / path.relative_to(source), inner, info)
            elif not stat.S_ISDIR(info.st_mode):
                raise InvalidSubmission(f"exercises/{inner} is not a regular file")


def _read_lang_file(path: Path) -> str:
    try:
        info = os.lstat(path)
    except OSError:
        return ""
    if not stat.S_ISREG(info.st_mode) or info.st_size > 64:
        return ""
    return path.read_bytes().decode("utf-8", "replace").strip().lower()[:2]


# --- zips ----------------------------------------------------------------------------------


def _from_zip(path: Path, wanted: list[str], destination: Path) -> Intake:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise InvalidSubmission("it is not a readable .zip file; zip the folder again") from None
    with archive:
        members = _checked_members(archive)
        prefix = _zip_prefix(members)
        intake = Intake(lang=next(filter(None, (_zip_lang(archive, members.get(prefix + name)) for name in LANG_FILES)), ""))
        for relative in wanted:
            stem = f"{prefix}exercises/{relative}"
            if stem in members and not members[stem].is_dir():
                _extract(archive, members[stem], destination / relative, relative)
                intake.copied.append(relative)
                continue
            inside = [name for name in members if name.startswith(stem + "/") and not members[name].is_dir()]
            if len(inside) > MAX_FILES_PER_FOLDER:
                raise InvalidSubmission(f"exercises/{relative} holds more than {MAX_FILES_PER_FOLDER} files")
            for name in inside:
                inner = name.removeprefix(f"{prefix}exercises/")
                _extract(archive, members[name], destination / inner, inner)
            (intake.copied if inside or stem + "/" in members else intake.missing).append(relative)
        return intake


def _checked_members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Every member, refusing names that escape, links, and names that are not UTF-8."""
    members = {}
    if len(archive.infolist()) > MAX_ZIP_MEMBERS:
        raise InvalidSubmission(f"the zip holds more than {MAX_ZIP_MEMBERS} entries; zip only your exercises/ folder")
    for info in archive.infolist():
        name = info.filename
        if not info.flag_bits & 0x800:
            try:
                name.encode("cp437").decode("utf-8")
            except UnicodeError:
                raise InvalidSubmission("a file name inside the zip is not valid UTF-8; zip it again with UTF-8 names") from None
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            raise InvalidSubmission(f"the zip holds an unsafe path '{name}' (absolute or with '..'); zip the folder again")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InvalidSubmission(f"the zip holds a symbolic link '{name}'; submit the file itself")
        members[name] = info
    if not members:
        raise InvalidSubmission("the zip is empty")
    return members


def _zip_prefix(members: dict[str, zipfile.ZipInfo]) -> str:
    if any(name.startswith("exercises/") for name in members):
        return ""
    tops = {name.split("/", 1)[0] for name in members if not name.startswith(("__MACOSX", "."))}
    if len(tops) == 1:
        top = tops.pop()
        if any(name.startswith(f"{top}/exercises/") for name in members):
            return f"{top}/"
    raise InvalidSubmission("the zip has no exercises/ folder at its top or inside one top folder")


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, relative: str) -> None:
    if info.file_size > MAX_FILE_BYTES:
        raise _too_big(relative, info.file_size)
    with archive.open(info) as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(relative, len(data))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _zip_lang(archive: zipfile.ZipFile, info: zipfile.ZipInfo | None) -> str:
    if info is None or info.file_size > 64:
        return ""
    return archive.read(info).decode("utf-8", "replace").strip().lower()[:2]
