"""Bad input gets one line naming the problem and the fix, a non-zero exit and no traceback."""

import re


def assert_one_line_error(done, *words):
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error:") and " — fix: " in lines[0]
    for word in words:
        assert word in lines[0], f"{word!r} not in {lines[0]!r}"


def test_manifest_entry_missing_a_field(puente, mini_course):
    manifest = mini_course / "course.toml"
    text = manifest.read_text()
    manifest.write_text(re.sub(r"\npoints = 10\n", "\n", text, count=1))
    assert_one_line_error(puente("list"), "[[exercise]] #1", "'first_look'", "'points' is missing", "course.toml")


def test_manifest_with_an_unknown_field(puente, mini_course):
    manifest = mini_course / "course.toml"
    manifest.write_text(manifest.read_text().replace("minutes = 15", "minutes = 15\npoint = 3", 1))
    assert_one_line_error(puente("list"), "unknown field 'point'")


def test_unknown_exercise_name(puente):
    assert_one_line_error(puente("check", "first_lok"), "unknown exercise 'first_lok'", "did you mean 'first_look'", "puente list")


def test_data_not_pulled(puente, mini_course):
    (mini_course / "data" / "credit_data.csv").unlink()
    assert_one_line_error(puente("check", "first_look"), "not here", "dvc pull")


def test_data_changed_since_data_dvc(puente, mini_course):
    data = mini_course / "data" / "credit_data.csv"
    data.write_text(data.read_text().replace("good", "bad", 1))
    assert_one_line_error(puente("check", "first_look"), "no longer matches data.dvc", "dvc checkout")


def test_outside_the_repository(puente, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    assert_one_line_error(puente("list", cwd=outside), "not inside a Puente course", "cd into your clone")


def test_doctor_names_missing_data_and_an_unreachable_remote(puente, mini_course):
    (mini_course / "data" / "credit_data.csv").unlink()
    (mini_course / "dvc-remote").rename(mini_course / "elsewhere")
    done = puente("doctor")
    assert done.returncode == 1
    assert "course data" in done.stdout and "make data" in done.stdout
    assert "unreachable" in done.stdout and "git checkout -- .dvc/config dvc-remote" in done.stdout
