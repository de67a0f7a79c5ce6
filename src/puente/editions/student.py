"""`puente edition student OUT`: a ready-to-push student repository (a GitHub Classroom template).

Made from the files git tracks (or would track: new, not ignored), less everything instructor-only (instructor_only.py); lessons get
hints where they included solutions; the README speaks to learners. Before it is handed over, no
file in it may carry a solution's bytes (checked by content hash).
"""

import shutil
from dataclasses import dataclass
from pathlib import Path

from puente.editions.instructor_only import student_files
from puente.editions.leaks import find_leaks, solution_hashes
from puente.editions.lessons import reduce_solution_includes
from puente.editions.readme import student_readme
from puente.editions.tracked import course_files
from puente.errors import PuenteError
from puente.manifest import Manifest, load_manifest


@dataclass
class StudentEdition:
    folder: Path
    copied: int
    left_out: int
    hints: int
    solutions_checked: int


def build_student_edition(root: Path, out: Path) -> StudentEdition:
    out = _empty_destination(root, out)
    manifest = load_manifest(root)
    files = course_files(root)
    hashes = solution_hashes(root, files)
    shipped = student_files(files, lambda relative: (root / relative).read_text(encoding="utf-8", errors="replace"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        hints = sum(_copy(root, out, relative, manifest) for relative in shipped)
        leaks = find_leaks(out, hashes)
        if leaks:
            raise PuenteError(f"the student edition would contain a solution: {leaks[0]} ({len(leaks)} in all); nothing was written",
                              "remove that copy of the solution, or list its path in src/puente/editions/instructor_only.py")
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)
        raise
    return StudentEdition(out, len(shipped), len(files) - len(shipped), hints, len(hashes))


def _empty_destination(root: Path, out: Path) -> Path:
    out = out.expanduser().resolve()
    if out == root or root in out.parents:
        raise PuenteError(f"{out} is inside the course folder; the edition must be a repository of its own",
                          "give a folder outside it, e.g. puente edition student ../puente-student")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise PuenteError(f"{out} already exists and is not an empty folder", "give a new folder, or delete that one first")
    return out


def _copy(root: Path, out: Path, relative: str, manifest: Manifest) -> int:
    """Copy one file into the edition, rewritten where needed; the number of solution blocks turned into hints."""
    source, destination = root / relative, out / relative
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, destination)
    if not relative.endswith(".md"):
        return 0
    text = source.read_text(encoding="utf-8")
    if relative == "README.md":
        text = student_readme(text)
    lang = "es" if relative.endswith(".es.md") else "en"
    text, hints = reduce_solution_includes(text, manifest, lang)
    destination.write_text(text, encoding="utf-8")
    return hints
