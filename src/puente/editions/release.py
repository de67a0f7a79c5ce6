"""A solutions release: one module's reference solutions in a zip, with a small manifest.

`puente edition solutions MODULE OUT` writes it after a deadline; `puente catchup --from FILE`
reads it back. Every check happens before anything is written: a file that is not a release,
a release of another course or version, an unknown module, a tampered or misplaced file.
"""

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from puente.editions.leaks import sha256
from puente.errors import PuenteError
from puente.i18n import tr
from puente.manifest import Manifest

MANIFEST_NAME = "puente-release.json"
KIND = "puente-solutions-release"
FORMAT = 1


@dataclass
class Release:
    module: str
    files: dict[str, bytes]  # path relative to exercises/<module>/ -> content


def module_solution_files(root: Path, manifest: Manifest, module_id: str) -> list[str]:
    """The files of a module's exercises (folders expanded), relative to solutions/<module>/."""
    folder = root / "solutions" / module_id
    names = []
    for exercise in manifest.exercises_of(module_id):
        for name in exercise.files:
            path = folder / name
            if path.is_dir():
                names += [p.relative_to(folder).as_posix() for p in sorted(path.rglob("*")) if p.is_file() and "__pycache__" not in p.parts]
            elif path.is_file():
                names.append(name)
            else:
                raise PuenteError(tr("error.file_missing", path=f"solutions/{module_id}/{name}"), tr("error.release_solution_missing_fix", module=module_id))
    return names


def write_release(root: Path, manifest: Manifest, module_id: str, out: Path) -> tuple[Path, list[str]]:
    module = manifest.get_module(module_id)
    if not (root / "solutions").is_dir():
        raise PuenteError(tr("error.no_solutions"), tr("error.release_from_full_edition"))
    names = module_solution_files(root, manifest, module.id)
    if not names:
        raise PuenteError(tr("error.release_no_exercises", module=module.id), tr("error.list_modules"))
    if out.is_dir():
        out = out / f"puente-{manifest.course.version}-{module.id}-solutions.zip"
    contents = {name: (root / "solutions" / module.id / name).read_bytes() for name in names}
    description = {
        "kind": KIND,
        "format": FORMAT,
        "course": {"title": manifest.course.title, "version": manifest.course.version},
        "module": module.id,
        "files": [{"path": name, "sha256": sha256(content)} for name, content in contents.items()],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST_NAME, json.dumps(description, indent=2) + "\n")
        for name, content in contents.items():
            archive.writestr(f"solutions/{module.id}/{name}", content)
    return out, names


def read_release(path: Path, manifest: Manifest) -> Release:
    """Open and check a release against this course; raise a one-line PuenteError on any problem."""
    not_a_release = PuenteError(tr("error.not_a_release", path=path), tr("error.not_a_release_fix"))
    if not path.is_file():
        raise PuenteError(tr("error.release_missing", path=path), tr("error.release_missing_fix"))
    try:
        with zipfile.ZipFile(path) as archive:
            description = json.loads(archive.read(MANIFEST_NAME))
            if not isinstance(description, dict) or description.get("kind") != KIND:
                raise not_a_release
            module_id, entries = _check_description(path, description, manifest, not_a_release)
            files = {entry["path"]: archive.read(f"solutions/{module_id}/{entry['path']}") for entry in entries}
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError, OSError):
        raise not_a_release from None
    for entry in entries:
        if sha256(files[entry["path"]]) != entry["sha256"]:
            raise PuenteError(tr("error.release_damaged", path=path, name=entry["path"]), tr("error.release_damaged_fix"))
    return Release(module_id, files)


def _check_description(path: Path, description: dict, manifest: Manifest, not_a_release: PuenteError) -> tuple[str, list[dict]]:
    if description.get("format") != FORMAT:
        raise PuenteError(tr("error.release_format", path=path, format=description.get("format")), tr("error.release_format_fix"))
    course = description["course"]
    ours = manifest.course
    if course.get("title") != ours.title or course.get("version") != ours.version:
        raise PuenteError(tr("error.release_version", path=path, title=course.get("title"), version=course.get("version"),
                             ours_title=ours.title, ours_version=ours.version), tr("error.release_version_fix", version=ours.version))
    module_id = description["module"]
    if module_id not in manifest.modules_by_id:
        raise PuenteError(tr("error.release_module", path=path, module=module_id), tr("error.list_modules"))
    allowed = [name for e in manifest.exercises_of(module_id) for name in e.files]
    entries = description["files"]
    for entry in entries:
        name = entry["path"]
        if not _inside(name) or not any(name == a or name.startswith(a.rstrip("/") + "/") for a in allowed):
            raise PuenteError(tr("error.release_stray_file", path=path, name=name, module=module_id), tr("error.not_a_release_fix"))
    if not entries:
        raise not_a_release
    return module_id, entries


def _inside(name: str) -> bool:
    """A plain relative path: no absolute path, no `..`, no backslash tricks."""
    pure = PurePosixPath(name)
    return bool(name) and "\\" not in name and not pure.is_absolute() and ".." not in pure.parts and ":" not in name
