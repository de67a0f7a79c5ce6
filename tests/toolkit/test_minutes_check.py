"""`puente verify --static` holds each lesson's minutes to course.toml, the one place they are decided."""

import re


def set_minutes(page, teaching: int, exercises: int) -> None:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^teaching: \d+$", f"teaching: {teaching}", text, count=1)
    page.write_text(re.sub(r"(?m)^exercises: \d+$", f"exercises: {exercises}", text, count=1), encoding="utf-8")


def test_lessons_that_agree_with_course_toml_pass(puente):
    done = puente("verify", "--static")
    assert done.returncode == 0, done.stdout
    assert "minutes" not in done.stdout.replace("0 failed", ""), done.stdout


def test_a_lesson_whose_total_differs_from_course_toml_fails(puente, mini_course):
    set_minutes(mini_course / "modules" / "m00_welcome" / "index.es.md", 30, 35)
    done = puente("verify", "--static")
    assert done.returncode == 1, done.stdout
    assert "index.es.md: teaching 30 + exercises 35 = 65 minutes, course.toml says m00_welcome takes" in done.stdout


def test_exercise_minutes_must_add_up_to_the_lessons(puente, mini_course):
    set_minutes(mini_course / "modules" / "m00_welcome" / "index.md", 30, 30)
    done = puente("verify", "--static")
    assert done.returncode == 1, done.stdout
    assert "index.md: exercises 30 minutes, course.toml's exercises of m00_welcome add up to" in done.stdout


def test_a_lesson_without_minutes_fails(puente, mini_course):
    (mini_course / "modules" / "m99_next" / "index.md").write_text("# Next\n", encoding="utf-8")
    done = puente("verify", "--static")
    assert done.returncode == 1, done.stdout
    assert "m99_next/index.md: front matter needs whole numbers `teaching:` and `exercises:`" in done.stdout
