"""A first hint gives the learner something the stub and the lesson's tip box have not already said.

Measured on the code a text shows (its `inline code`): hint 1 must show some code the stub does not
hold, and share none with the tip box of its exercise in the lesson.
"""

import re
import tomllib

import pytest

MODULES = ("m00_welcome", "m01_notebooks", "m02_dvc", "m03_testing", "m04_packaging", "m05_serving")


def code_spans(text: str) -> set[str]:
    return {span.strip() for span in re.findall(r"`([^`\n]+)`", text)}


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def tip_box(lesson: str, exercise_id: str) -> str:
    """The `??? tip` block of the exercise's admonition in the English lesson ("" when there is none)."""
    start = lesson.find(f"Exercise `{exercise_id}`")
    tip = lesson.find("??? tip", start) if start >= 0 else -1
    if tip < 0 or lesson.find("!!! ", start + 1, tip) >= 0:
        return ""
    lines = lesson[tip:].splitlines()[1:]
    return "\n".join(line for line in lines[: next((i for i, line in enumerate(lines) if line and not line.startswith("        ")), len(lines))])


def exercises(course_root):
    manifest = tomllib.loads((course_root / "course.toml").read_text(encoding="utf-8"))
    return [e for e in manifest["exercise"] if e["module"] in MODULES]


@pytest.fixture(scope="module")
def course(course_root):
    return course_root


def test_first_hints_show_code_the_stub_does_not_hold(course):
    repeated = []
    for exercise in exercises(course):
        stub = squeezed("".join((course / "exercises" / exercise["module"] / name).read_text(encoding="utf-8")
                                for name in exercise["files"] if (course / "exercises" / exercise["module"] / name).is_file()))
        spans = code_spans(exercise["hints"][0]["en"])
        if spans and all(squeezed(span) in stub for span in spans):
            repeated.append(exercise["id"])
    assert not repeated, f"hint 1 only repeats code the stub already shows: {repeated}"


def test_tip_boxes_do_not_repeat_the_first_hint(course):
    shared = {}
    for exercise in exercises(course):
        lesson = (course / "modules" / exercise["module"] / "index.md").read_text(encoding="utf-8")
        common = code_spans(tip_box(lesson, exercise["id"])) & code_spans(exercise["hints"][0]["en"])
        if common:
            shared[exercise["id"]] = sorted(common)
    assert not shared, f"the lesson's tip box shows the same code as hint 1: {shared}"
