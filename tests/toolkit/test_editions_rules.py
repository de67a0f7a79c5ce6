"""What the student edition leaves out and how it rewrites lessons and the README (no subprocess: fast)."""

from pathlib import Path

import pytest

from puente.editions.instructor_only import is_instructor_only, student_files
from puente.editions.lessons import reduce_solution_includes
from puente.editions.readme import student_readme
from puente.editions.student import build_student_edition
from puente.errors import PuenteError
from puente.manifest import load_manifest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("path", [
    "solutions/m00_welcome/first_look.py", "instructors/workshops.md", "hidden-tests/m00_welcome/test_first_look.py",
    "tests/serving/conftest.py", ".github/workflows/pages.yml", ".ci/run", "tests/toolkit/test_editions_student.py",
])
def test_instructor_files_stay_out(path):
    assert is_instructor_only(path)


@pytest.mark.parametrize("path", [
    "exercises/m00_welcome/first_look.py", "tests/m00_welcome/test_first_look.py", "modules/m00_welcome/index.md",
    "data.dvc", "dvc-remote/files/md5/1e/e162686ed1fcd71a1985eebadfee19", ".github/workflows/classroom.yml", "Makefile",
    "tests/toolkit/conftest.py",
])
def test_learner_files_go_in(path):
    assert not is_instructor_only(path)


def test_a_toolkit_test_on_the_mini_course_or_solutions_stays_out_and_so_does_a_test_that_runs_it():
    texts = {
        "tests/toolkit/test_a.py": "def test_a(puente):\n    assert puente('list')\n",
        "tests/toolkit/test_b.py": "def test_b(tmp_path):\n    (ROOT / 'solutions' / 'm00').exists()\n",
        "tests/toolkit/test_c.py": "def test_c(tmp_path):\n    assert tmp_path\n",
        "benchmarks/reference.py": "SOURCE = ROOT / 'solutions'\n",
        "tests/toolkit/test_d.py": "def test_d():\n    run('benchmarks/reference.py')\n",
        "tests/toolkit/test_e.py": "def test_e(tmp_path, grade_copies):\n    assert grade_copies('m07_monitoring', {})\n",
    }
    assert student_files(sorted(texts), texts.get) == ["tests/toolkit/test_c.py"]


def test_solution_blocks_become_the_first_hint_in_the_page_language():
    manifest = load_manifest(REPO)
    page = (
        '!!! example "Exercise"\n    Run `puente check first_look`.\n\n'
        '    ??? success "Solution"\n        ```python\n        --8<-- "solutions/m00_welcome/first_look.py"\n        ```\n\n'
        "    Then go on.\n\n"
        '```python\n--8<-- "solutions/m00_welcome/missing_values.py:count"\n```\n\n'
        'Kept: --8<-- "modules/m00_welcome/examples/peek.py"\n'
    )
    english, count = reduce_solution_includes(page, manifest, "en")
    assert count == 2
    assert "solutions/" not in english and "??? success" not in english
    first_look, missing_values = (manifest.get_exercise(e).hints[0] for e in ("first_look", "missing_values"))
    assert f'    ??? tip "Hint"\n        {first_look.en} (`puente hint first_look`)' in english
    assert "Solutions come from your instructor: `puente catchup --from FILE`" in english
    assert f'??? tip "Hint"\n    {missing_values.en}' in english
    assert "    Then go on." in english and 'Kept: --8<-- "modules/m00_welcome/examples/peek.py"' in english
    spanish, _ = reduce_solution_includes(page, manifest, "es")
    assert '??? tip "Pista"' in spanish and "puente catchup --from ARCHIVO" in spanish and first_look.es in spanish


def test_the_student_readme_says_what_make_test_does_there():
    readme = student_readme((REPO / "README.md").read_text(encoding="utf-8"))
    assert "**Student edition.**" in readme.split("\n\n")[1]
    assert "puente verify" not in readme and "solutions/mNN_slug" not in readme
    assert "Unsolved exercises do not make it fail" in readme
    assert "make start\nmake test" in readme


def test_a_copy_of_a_solution_under_another_name_stops_the_build(mini_course: Path, tmp_path: Path):
    solution = mini_course / "solutions" / "m00_welcome" / "first_look.py"
    (mini_course / "modules" / "m00_welcome" / "examples" / "answer.py").write_bytes(solution.read_bytes())
    out = tmp_path / "student"
    with pytest.raises(PuenteError, match=r"modules/m00_welcome/examples/answer\.py is solutions/m00_welcome/first_look\.py"):
        build_student_edition(mini_course, out)
    assert not out.exists(), "a refused edition leaves nothing behind"


def test_the_edition_goes_into_a_new_folder_outside_the_course(mini_course: Path, tmp_path: Path):
    with pytest.raises(PuenteError, match="inside the course folder"):
        build_student_edition(mini_course, mini_course / "student")
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "file.txt").write_text("mine")
    with pytest.raises(PuenteError, match="not an empty folder"):
        build_student_edition(mini_course, tmp_path / "busy")
    assert (tmp_path / "busy" / "file.txt").read_text() == "mine"


def test_every_edition_command_has_an_example():
    from puente.editions.commands import edition_app

    for command in edition_app.registered_commands:
        assert "Example: puente edition " in (command.callback.__doc__ or ""), command.name
