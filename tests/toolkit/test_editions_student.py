"""The student edition end to end, as a class receives it: built from a copy of the course, committed,
cloned fresh; its README's two commands pass there, no solution's bytes are in it, `puente check` and
`puente progress` work, and the site builds with the solution block turned into a hint.

The one slow test of the editions (a real venv, installed from uv's cache).
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from puente.editions.leaks import solution_hashes
from puente.editions.tracked import course_files

REPO = Path(__file__).resolve().parents[2]
SOLUTION_BLOCK = '\n\n??? success "{title}"\n    ```python\n    --8<-- "solutions/m00_welcome/first_look.py"\n    ```\n'
ENV_DROPPED = ("PUENTE_", "PYTEST_", "MAKEFLAGS", "MAKELEVEL", "MFLAGS", "VIRTUAL_ENV")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(ENV_DROPPED)}
    # compiling every installed package's bytecode costs ~85 s of CPU and tests nothing here
    env.update(PUENTE_LANG="en", COLUMNS="200", NO_COLOR="1", NO_MKDOCS_2_WARNING="1", UV_COMPILE_BYTECODE="0")
    return env


def _run(command: list[str], cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=timeout)


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Puente", "-c", "user.email=puente@example.org", *args], cwd=folder, check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def instructor_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The course as git has it, with a lesson that includes a solution (as lessons may)."""
    folder = tmp_path_factory.mktemp("instructor") / "puente"
    for relative in course_files(REPO):
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / relative, folder / relative)
    for page, title in (("index.md", "Solution"), ("index.es.md", "Solución")):
        lesson = folder / "modules" / "m00_welcome" / page
        lesson.write_text(lesson.read_text(encoding="utf-8") + SOLUTION_BLOCK.format(title=title), encoding="utf-8")
    _git(folder, "init", "-q")
    return folder


@pytest.fixture(scope="module")
def clone(instructor_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    edition = tmp_path_factory.mktemp("edition") / "puente-student"
    built = _run([sys.executable, "-m", "puente", "edition", "student", str(edition)], cwd=instructor_copy)
    assert built.returncode == 0, built.stderr
    assert "2 solution blocks turned into hints" in built.stdout
    _git(edition, "init", "-q")
    _git(edition, "add", "-A")
    _git(edition, "commit", "-qm", "Student edition")
    folder = tmp_path_factory.mktemp("learner") / "puente"
    _git(folder.parent, "clone", "-q", str(edition), str(folder))
    return folder


@pytest.mark.slow
def test_a_fresh_clone_of_the_student_edition_works(instructor_copy: Path, clone: Path):
    committed = subprocess.run(["git", "ls-files"], cwd=clone, capture_output=True, text=True, check=True, timeout=120).stdout.split()
    assert not [p for p in committed if p.startswith(("solutions/", "instructors/"))]
    solutions = solution_hashes(instructor_copy, course_files(instructor_copy))
    assert len(solutions) >= 3, "the copy's solutions differ from their stubs"
    leaked = [p for p in committed if hashlib.sha256((clone / p).read_bytes()).hexdigest() in solutions]
    assert not leaked, f"solution content in the student edition: {leaked}"
    workflows = [p for p in committed if p.startswith(".github/workflows/")]
    assert workflows == [".github/workflows/classroom.yml"], "one workflow: GitHub Classroom's autograding"
    assert (clone / workflows[0]).read_bytes() == (instructor_copy / workflows[0]).read_bytes(), "the same file, unchanged"

    start = _run(["make", "start"], cwd=clone)
    assert start.returncode == 0, start.stdout[-3000:] + start.stderr[-3000:]
    assert "Your next exercise: first_look" in start.stdout

    test = _run(["make", "test"], cwd=clone)
    assert test.returncode == 0, test.stdout[-4000:] + test.stderr[-3000:]
    assert " passed" in test.stdout and "failed" not in test.stdout.split("puente check --all")[0], "the toolkit's tests pass"
    assert "first_look 0 of 3 tests pass" in test.stdout, "make test reports the learner's progress on graded exercises"
    assert "Total" in test.stdout

    puente = str(clone / ".venv" / "bin" / "puente")
    check = _run([puente, "check", "first_look"], cwd=clone)
    assert check.returncode == 1 and "0 of 3 tests pass" in check.stdout, check.stdout + check.stderr
    progress = _run([puente, "progress"], cwd=clone)
    assert progress.returncode == 0 and "m00_welcome" in progress.stdout and "0/40" in progress.stdout, progress.stdout
    catchup = _run([puente, "catchup", "m01_notebooks"], cwd=clone)
    assert catchup.returncode == 2 and "puente catchup --from FILE" in catchup.stderr

    site = _run([str(clone / ".venv" / "bin" / "mkdocs"), "build", "--strict", "--quiet"], cwd=clone)
    assert site.returncode == 0, site.stderr[-3000:]
    english = (clone / "site" / "m00_welcome" / "index.html").read_text(encoding="utf-8")
    spanish = (clone / "site" / "es" / "m00_welcome" / "index.html").read_text(encoding="utf-8")
    lesson = (instructor_copy / "modules" / "m00_welcome" / "index.md").read_text(encoding="utf-8")
    if '--8<-- "solutions/' in lesson:  # a lesson that shows a solution shows a hint instead (test_editions_rules)
        assert "Solutions come from your instructor" in english
        assert "Las soluciones se las entrega su instructor" in spanish
    assert "return pd.read_csv(path)" not in english + spanish, "the solution code itself is not in the site"
