"""Every error a learner's command raises is written in both languages.

A `PuenteError` built from a plain English string reads English to a learner in Spanish mode, whatever
`--lang` says. This reads the toolkit's source: outside the instructor-only modules, an error's problem
and fix are catalog messages (`tr`, `t`), names bound to them, or a bare command (`git log -- …`), which
reads the same in both languages.
"""

import ast
import re
from pathlib import Path

from puente.errors import PuenteError
from puente.i18n import tr

SOURCE = Path(__file__).resolve().parents[2] / "src" / "puente"
# Commands only instructors and course maintainers run; their messages are English (README, "Language").
INSTRUCTOR_ONLY = ("grading/", "editions/student.py", "editions/tracked.py", "teaching/plan.py", "workshop/", "mutation.py",
                   "capstone/mediocre.py", "lender_repo.py")
COMMAND = re.compile(r"^`?(git|dvc|make|puente|pip|source|cd) ")
WORD = re.compile(r"[A-Za-z]{2,}")


def english_only(argument: ast.expr) -> bool:
    """A literal or an f-string whose own words are prose, not a command (`f"{path}: {error}"` has none)."""
    if isinstance(argument, ast.JoinedStr):
        written = "".join(str(part.value) for part in argument.values if isinstance(part, ast.Constant))
    elif isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        written = argument.value
    else:
        return False
    return bool(WORD.search(written)) and not COMMAND.match(written)


def one_language_errors(source: str, where: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "PuenteError":
            found += [f"{where}:{node.lineno}" for argument in node.args if english_only(argument)]
    return found


def test_learner_facing_errors_come_from_the_catalog():
    modules = [p for p in sorted(SOURCE.rglob("*.py")) if not p.relative_to(SOURCE).as_posix().startswith(INSTRUCTOR_ONLY)]
    assert len(modules) > 30
    found = [hit for path in modules for hit in one_language_errors(path.read_text(encoding="utf-8"), path.relative_to(SOURCE).as_posix())]
    assert not found, f"PuenteError with English-only text (give it catalog keys and tr()): {found}"


def test_the_rule_sees_english_prose_and_lets_a_command_through():
    assert one_language_errors('raise PuenteError(f"{path} is missing", "git checkout -- data.dvc")', "x.py") == ["x.py:1"]
    assert one_language_errors('raise PuenteError(tr("error.dvc_file_missing"), f"git log -- {path}")', "x.py") == []
    assert one_language_errors('raise PuenteError(f"{path}: {error}")', "x.py") == []  # the words are the cause's own


def test_an_error_prints_in_the_readers_language(monkeypatch):
    error = PuenteError(tr("error.release_missing", path="soluciones.zip"), tr("error.release_missing_fix"))
    monkeypatch.setenv("PUENTE_LANG", "es")
    assert str(error) == ("soluciones.zip no existe (solución: indique la ruta del archivo de soluciones que publicó su instructor)")
    monkeypatch.setenv("PUENTE_LANG", "en")
    assert str(error) == "soluciones.zip does not exist (fix: give the path of the solutions file your instructor released)"


def test_a_learner_in_spanish_reads_a_bad_release_file_in_spanish(puente, mini_course):
    (mini_course / "soluciones.zip").write_text("esto no es un zip", encoding="utf-8")
    for name, problem in (("no-hay.zip", "no-hay.zip no existe"), ("soluciones.zip", "soluciones.zip no es un archivo de soluciones de Puente")):
        done = puente("catchup", "--from", name, lang="es")
        assert done.returncode == 2, done.stderr
        assert problem in done.stderr and "solución:" in done.stderr and "Traceback" not in done.stderr, done.stderr
        assert (mini_course / "soluciones.zip").read_text(encoding="utf-8") == "esto no es un zip"  # nothing lost
