"""A mini course (module 00 only, plus an empty module after it) in a temporary git repository.

Toolkit tests break things in it (a manifest field, a Spanish page, the data) without touching
the real course.
"""

import functools
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import tomlkit

from puente.paths import copy_into

REPO = Path(__file__).resolve().parents[2]
# The mini course keeps module 00's first three exercises: the toolkit tests count their points and tests.
MINI_EXERCISES = ("first_look", "missing_values", "majority_baseline")
MINI_TEACHING = 25
COPIED = ["exercises/m00_welcome", "solutions/m00_welcome", "tests/m00_welcome", "tests/examples/m00_welcome", "modules/m00_welcome",
          "modules/index.md", "modules/index.es.md", "data.dvc", "dvc-remote", "data", ".dvc/config", "pyproject.toml"]


def _mini_manifest() -> str:
    data = tomllib.loads((REPO / "course.toml").read_text(encoding="utf-8"))
    data["module"] = [m for m in data["module"] if m["id"] == "m00_welcome"] + [
        {"id": "m99_next", "title": {"en": "Next", "es": "Siguiente"}, "goal": {"en": "Go on.", "es": "Seguir."}, "minutes": 5}
    ]
    data["exercise"] = [e for e in data["exercise"] if e["id"] in MINI_EXERCISES]
    data["module"][0]["minutes"] = MINI_TEACHING + sum(e["minutes"] for e in data["exercise"])
    return tomlkit.dumps(data)


def _record_stubs(folder: Path) -> None:
    """The mini manifest keeps fewer exercises than the course: record the stubs it keeps (verify checks the record)."""
    from puente.manifest import load_manifest
    from puente.stubs import record_file, render

    manifest = load_manifest(folder)
    record_file(folder, "m00_welcome").write_text(render(folder / "exercises", manifest, "m00_welcome"), encoding="utf-8")


def _mini_front_matter(folder: Path, exercise_minutes: int) -> None:
    """The copied m00 lesson says what the mini manifest says: its teaching minutes, then only MINI_EXERCISES."""
    for page in (folder / "modules" / "m00_welcome").glob("index*.md"):
        text = re.sub(r"(?m)^teaching: \d+$", f"teaching: {MINI_TEACHING}", page.read_text(encoding="utf-8"), count=1)
        page.write_text(re.sub(r"(?m)^exercises: \d+$", f"exercises: {exercise_minutes}", text, count=1), encoding="utf-8")


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Puente", "-c", "user.email=puente@example.org", *args], cwd=folder, check=True, capture_output=True, timeout=120)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "requires_bwrap: grades in the bubblewrap sandbox; fails at once where bwrap does not work")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Stop a sandbox test before its fixtures run (a red-team class takes minutes to grade)."""
    if item.get_closest_marker("requires_bwrap"):
        works, why = _bwrap_works()
        if not works:
            pytest.fail(f"this test needs a working bubblewrap sandbox; here {why}", pytrace=False)


@functools.cache
def _bwrap_works() -> tuple[bool, str]:
    from puente.grading.sandbox import bwrap_works

    return bwrap_works()


NEXT_LESSON = """---
teaching: 5
exercises: 0
---

# {title}

!!! question "{questions}"
    - {question}

!!! abstract "{objectives}"
    - {objective}

## {section} {{#go-on}}

{paragraph}

!!! success "{key_points}"
    - {point}
"""
NEXT_QUIZ = """[[question]]
id = "go_on"
section = "go-on"
prompt = { en = "Go on?", es = "¿Seguir?" }
[[question.option]]
text = { en = "Yes", es = "Sí" }
correct = true
why = { en = "It is the next module.", es = "Es el siguiente módulo." }
[[question.option]]
text = { en = "No", es = "No" }
why = { en = "There is more to learn.", es = "Hay más por aprender." }
"""


def _write_next_module(folder: Path) -> None:
    """A lesson with the minutes course.toml gives m99_next and the parts a deck and a self-check need, in both languages."""
    folder.mkdir()
    english = dict(title="Next", questions="Questions", question="What next?", objectives="Objectives", objective="Go on.",
                   section="Going on", paragraph="The next step.", key_points="Key points", point="Keep going.")
    spanish = dict(title="Siguiente", questions="Preguntas", question="¿Qué sigue?", objectives="Objetivos", objective="Seguir.",
                   section="Seguir", paragraph="El siguiente paso.", key_points="Puntos clave", point="Siga adelante.")
    (folder / "index.md").write_text(NEXT_LESSON.format(**english), encoding="utf-8")
    (folder / "index.es.md").write_text(NEXT_LESSON.format(**spanish), encoding="utf-8")
    (folder / "quiz.toml").write_text(NEXT_QUIZ, encoding="utf-8")
    (folder / "quiz.md").write_text("# Self-check\n\n<!-- puente:quiz -->\n", encoding="utf-8")
    (folder / "quiz.es.md").write_text("# Autoevaluación\n\n<!-- puente:quiz -->\n", encoding="utf-8")


@pytest.fixture(scope="session")
def mini_course_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (REPO / "data" / "credit_data.csv").is_file():
        pytest.fail("data/credit_data.csv is missing: run `make data` (it pulls the course data with DVC)", pytrace=False)
    folder = tmp_path_factory.mktemp("template") / "course"
    copy_into(REPO, COPIED, folder)
    (folder / "course.toml").write_text(_mini_manifest(), encoding="utf-8")
    _mini_front_matter(folder, tomllib.loads(_mini_manifest())["module"][0]["minutes"] - MINI_TEACHING)
    for tree in ("exercises", "solutions", "tests"):
        (folder / tree / "m99_next").mkdir()
    for tree in ("exercises", "solutions"):
        (folder / tree / "m99_next" / "__init__.py").touch()
    _write_next_module(folder / "modules" / "m99_next")
    _record_stubs(folder)
    (folder / ".gitignore").write_text("/data\n.puente/\n__pycache__/\n", encoding="utf-8")
    _git(folder, "init", "-q")
    _git(folder, "add", "-A")
    _git(folder, "commit", "-qm", "mini course")
    return folder


@pytest.fixture
def mini_course(mini_course_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the mini course for one test to break."""
    folder = tmp_path / "course"
    shutil.copytree(mini_course_template, folder, symlinks=True)
    return folder


@pytest.fixture
def puente(mini_course: Path):
    """Run the real `puente` command in the mini course; returns the finished process."""

    def run(*args: str, cwd: Path | None = None, lang: str = "en", input: str | None = None) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
        env.update(PUENTE_LANG=lang, COLUMNS="200", NO_COLOR="1")
        return subprocess.run(
            [sys.executable, "-m", "puente", *args], cwd=cwd or mini_course, env=env, capture_output=True, text=True, timeout=120,
            input=input if input is not None else "",
        )

    return run


@pytest.fixture
def solve(mini_course: Path):
    """Copy the reference solutions over the learner's stubs, as a learner who finished would have."""

    def copy(module: str = "m00_welcome") -> None:
        shutil.copytree(mini_course / "solutions" / module, mini_course / "exercises" / module, dirs_exist_ok=True)

    return copy


@pytest.fixture
def grade_copies(tmp_path: Path):
    """A small class for the real grader: "honest" (a module's reference) and copies with code appended to a file.

    Call it with the module, {student: (file, appended code)} and the grader's options; it returns the rows by student.
    """

    def grade(module: str, appended: dict[str, tuple[str, str]], *options: str) -> dict[str, dict]:
        import csv

        folder, out = tmp_path / "class", tmp_path / "out"
        for name in ("honest", *appended):
            shutil.copytree(REPO / "solutions" / module, folder / name / "exercises" / module, ignore=shutil.ignore_patterns("__pycache__"))
        for name, (file, code) in appended.items():
            with open(folder / name / "exercises" / module / file, "a", encoding="utf-8") as changed:
                changed.write(code)
        done = subprocess.run([sys.executable, "-m", "puente.grading", "grade", str(folder), "--out", str(out), "--quiet", *options],
                              cwd=REPO, capture_output=True, text=True, timeout=3000)
        assert done.returncode == 0, done.stderr[-3000:]
        with open(out / "grades.csv", encoding="utf-8") as handle:
            return {row["student"]: row for row in csv.DictReader(handle)}

    return grade
