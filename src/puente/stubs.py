"""The stubs the course shipped, recorded by hash so `puente reset` can find them in any clone's history.

Each module's `exercises/<module>/stubs.sha256` lists `<sha256>  <file>` (the format of
`sha256sum`) for every file of that module's exercises. Why a recorded hash rather than
`git show HEAD:path` or "the course's last commit": a learner commits on top of the course
(GitHub Classroom makes them do it all the time, and the student edition starts as a fresh
repository), so neither HEAD nor the history alone can tell the course's commits from the
learner's. The hash can: `reset` walks the file's history, newest first, and takes the first
version whose bytes match it. The file is committed with the stubs; `puente verify --static`
fails when it is out of date, and `python -m puente.stubs` rewrites it.
"""

import hashlib
import subprocess
import sys
from pathlib import Path

from puente.errors import PuenteError
from puente.i18n import tr
from puente.manifest import Manifest, load_manifest
from puente.paths import find_course_root

FILE_NAME = "stubs.sha256"


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def record_file(root: Path, module_id: str) -> Path:
    return root / "exercises" / module_id / FILE_NAME


def stub_files(tree: Path, manifest: Manifest, module_id: str) -> list[str]:
    """Every file of the module's exercises under `tree` (an exercises/ folder), relative to the module folder."""
    folder = tree / module_id
    names = []
    for exercise in manifest.exercises_of(module_id):
        for name in exercise.files:
            path = folder / name
            if path.is_dir():
                names += [p.relative_to(folder).as_posix() for p in sorted(path.rglob("*")) if p.is_file() and "__pycache__" not in p.parts]
            elif path.is_file():
                names.append(name)
    return sorted(set(names))


def render(tree: Path, manifest: Manifest, module_id: str) -> str:
    folder = tree / module_id
    return "".join(f"{sha256((folder / name).read_bytes())}  {name}\n" for name in stub_files(tree, manifest, module_id))


def recorded(root: Path, module_id: str) -> dict[str, str]:
    """file (relative to exercises/<module>/) -> sha256 of the stub the course shipped."""
    path = record_file(root, module_id)
    if not path.is_file():
        return {}
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if digest and name:
            entries[name] = digest
    return entries


def shipped_stub(root: Path, module_id: str, name: str) -> tuple[bytes, str]:
    """The bytes of the course's stub for exercises/<module>/<name>, and the commit they came from."""
    relative = f"exercises/{module_id}/{name}"
    wanted = recorded(root, module_id).get(name)
    if wanted is None:
        raise PuenteError(tr("error.no_stub_record", module=module_id, name=name), f"git log -- {relative}")
    log = subprocess.run(["git", "log", "--format=%H", "--", relative], cwd=root, capture_output=True, text=True)
    if log.returncode != 0:
        raise PuenteError(tr("error.stub_not_git", root=root, path=relative), tr("error.stub_not_git_fix"))
    for commit in log.stdout.split():
        shown = subprocess.run(["git", "show", f"{commit}:{relative}"], cwd=root, capture_output=True)
        if shown.returncode == 0 and sha256(shown.stdout) == wanted:
            return shown.stdout, commit
    raise PuenteError(tr("error.stub_not_in_history", path=relative), tr("error.stub_not_in_history_fix"))


def main() -> None:
    """Rewrite every module's stubs.sha256 from the stubs in exercises/ (course authors, after changing a stub)."""
    root = find_course_root()
    manifest = load_manifest(root)
    for module in manifest.module:
        text = render(root / "exercises", manifest, module.id)
        if text and (root / "exercises" / module.id).is_dir():
            record_file(root, module.id).write_text(text, encoding="utf-8")
            print(f"wrote {record_file(root, module.id).relative_to(root)}")


if __name__ == "__main__":
    sys.exit(main())
