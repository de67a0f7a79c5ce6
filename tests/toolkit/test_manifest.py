"""The manifest is validated strictly and every problem names the entry and the field."""

import tomllib

import pytest
import tomlkit

from puente.errors import PuenteError
from puente.i18n import detect_language
from puente.manifest import load_manifest


def write(folder, data):
    (folder / "course.toml").write_text(tomlkit.dumps(data), encoding="utf-8")


@pytest.fixture
def manifest_data(mini_course):
    return tomllib.loads((mini_course / "course.toml").read_text(encoding="utf-8"))


def problem_with(folder, data) -> str:
    write(folder, data)
    with pytest.raises(PuenteError) as caught:
        load_manifest(folder)
    return caught.value.problem


def test_the_course_manifest_is_valid(course_root):
    manifest = load_manifest(course_root)
    assert manifest.module[0].id == "m00_welcome"
    assert manifest.get_exercise("first_look").test_file == "tests/m00_welcome/test_first_look.py"


def test_duplicate_exercise_ids_are_refused(mini_course, manifest_data):
    manifest_data["exercise"][1]["id"] = "first_look"
    assert "exercise id 'first_look' appears twice" in problem_with(mini_course, manifest_data)


def test_an_exercise_of_an_unknown_module_is_refused(mini_course, manifest_data):
    manifest_data["exercise"][0]["module"] = "m42_nowhere"
    assert "names module 'm42_nowhere'" in problem_with(mini_course, manifest_data)


def test_a_hint_needs_both_languages(mini_course, manifest_data):
    del manifest_data["exercise"][2]["hints"][0]["es"]
    assert problem_with(mini_course, manifest_data) == "course.toml: [[exercise]] #3 ('majority_baseline'): field 'hints.0.es' is missing"


def test_at_least_two_hints(mini_course, manifest_data):
    manifest_data["exercise"][0]["hints"] = manifest_data["exercise"][0]["hints"][:1]
    assert "field 'hints'" in problem_with(mini_course, manifest_data)


def test_points_must_be_positive(mini_course, manifest_data):
    manifest_data["exercise"][0]["points"] = 0
    assert "field 'points': Input should be greater than 0" in problem_with(mini_course, manifest_data)


def test_invalid_toml_is_one_clear_line(mini_course):
    (mini_course / "course.toml").write_text("[course\n", encoding="utf-8")
    with pytest.raises(PuenteError, match="course.toml is not valid TOML"):
        load_manifest(mini_course)


@pytest.mark.parametrize(
    ("explicit", "environment", "expected"),
    [("es", {}, "es"), (None, {"PUENTE_LANG": "es"}, "es"), (None, {"LANG": "es_CO.UTF-8"}, "es"), (None, {"LANG": "en_US.UTF-8"}, "en"), ("en", {"PUENTE_LANG": "es"}, "en")],
)
def test_language_detection(monkeypatch, explicit, environment, expected):
    for variable in ("PUENTE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert detect_language(explicit) == expected
