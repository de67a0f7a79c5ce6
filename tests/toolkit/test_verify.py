"""`puente verify` is green on the course and red when the course is inconsistent."""

import subprocess

import pytest

pytestmark = pytest.mark.slow  # two real pytest runs per verify


def commit(course):
    """verify reads the committed stubs, so a change to a stub counts once the course commits it."""
    subprocess.run(["git", "-c", "user.name=Puente", "-c", "user.email=puente@example.org", "commit", "-qam", "stub change"],
                   cwd=course, check=True, capture_output=True)


def test_verify_passes_on_the_mini_course(puente):
    done = puente("verify")
    assert done.returncode == 0, done.stdout
    assert "0 failed" in done.stdout.splitlines()[-1]


def test_verify_fails_when_a_graded_test_passes_on_the_stub(puente, mini_course):
    stub = mini_course / "exercises" / "m00_welcome" / "missing_values.py"
    solution = mini_course / "solutions" / "m00_welcome" / "missing_values.py"
    stub.write_text(solution.read_text() + "# TODO: nothing left\n")
    commit(mini_course)
    done = puente("verify")
    assert done.returncode == 1
    assert "test_the_lenders_holes fails on the untouched stub (it passed)" in done.stdout


def test_verify_fails_when_a_spanish_page_is_missing(puente, mini_course):
    (mini_course / "modules" / "m00_welcome" / "index.es.md").unlink()
    done = puente("verify")
    assert done.returncode == 1
    assert "modules/m00_welcome/index.es.md exists" in done.stdout


def test_verify_fails_when_a_stub_has_no_todo_marker(puente, mini_course):
    stub = mini_course / "exercises" / "m00_welcome" / "first_look.py"
    stub.write_text(stub.read_text().replace("# TODO:", "#"))
    commit(mini_course)
    done = puente("verify", "m00_welcome")
    assert done.returncode == 1
    assert "first_look: the stub has a `# TODO:` marker" in done.stdout


def test_verify_speaks_the_readers_language(puente, mini_course):
    (mini_course / "modules" / "m00_welcome" / "index.es.md").unlink()
    done = puente("verify", "--static", lang="es")
    assert done.returncode == 1
    assert "✗ modules/m00_welcome/index.es.md existe (gemela en español de index.md)" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("verify: ") and done.stdout.splitlines()[-1].endswith(" con problemas")
