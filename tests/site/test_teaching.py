"""The instructor's kit on the site, in both languages: the syllabus and the agenda come from the plan,
module notes link to slides made from the lesson, and a self-check explains the answer you chose."""

import re

import pytest

from puente.manifest import load_manifest
from puente.teaching.plan import load_plan
from puente.teaching.quiz import load_quiz

LANGUAGES = {"en": "", "es": "es/"}
CREDIT_LINE = {"en": "144 hours = 3 credits × 48 hours", "es": "144 horas = 3 créditos × 48 horas"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_syllabus_lists_every_week_and_adds_up(lang, read_page, course_root):
    page = read_page(f"{LANGUAGES[lang]}instructors/syllabus/")
    plan = load_plan(course_root)
    weeks = [row for row in page.rows if row and row[0].isdigit()]
    assert [int(row[0]) for row in weeks] == list(range(1, plan.semester.weeks + 1))
    assert weeks[0][1] == plan.semester.week[0].topic(lang)
    assert CREDIT_LINE[lang] in page.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_workshop_agenda_schedules_every_exercise(lang, read_page, course_root):
    page = read_page(f"{LANGUAGES[lang]}instructors/workshop-agenda/")
    for exercise in load_manifest(course_root).exercise:
        assert exercise.id in page.text, f"{exercise.id} is not on the agenda"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_module_notes_show_the_manifest_and_link_to_slides(lang, visit, course_root):
    manifest = load_manifest(course_root)
    module = manifest.module[2]
    seen = visit(f"{LANGUAGES[lang]}instructors/notes/{module.id}/")
    article = seen.page.locator("article")
    assert module.title(lang) in article.locator("h1").inner_text()
    assert manifest.exercises_of(module.id)[0].objective(lang) in article.inner_text()
    seen.page.locator(f"article a[href$='slides/{module.id}.html']").click()
    seen.page.wait_for_load_state("load")
    assert seen.page.url.endswith(f"{LANGUAGES[lang]}slides/{module.id}.html")
    assert module.title(lang) in seen.page.content()
    seen.assert_clean()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_wrong_answer_shows_its_explanation(lang, visit, course_root):
    module_id = load_manifest(course_root).module[0].id
    question = load_quiz(course_root, module_id).question[0]
    wrong = next(i for i, option in enumerate(question.option) if not option.correct)
    seen = visit(f"{LANGUAGES[lang]}{module_id}/quiz/")
    form = seen.page.locator(f"form#{module_id}-{question.id}")
    feedback = form.locator(".puente-feedback")
    form.locator(f"input[value='{wrong}']").check()
    assert question.option[wrong].why(lang) in feedback.inner_text()
    assert feedback.get_attribute("data-correct") == "false"
    form.locator(f"input[value='{question.answer}']").check()
    assert question.option[question.answer].why(lang) in feedback.inner_text()
    assert feedback.get_attribute("data-correct") == "true"
    seen.assert_clean()


def test_slides_are_rendered_by_marp(built_site, course_root):
    if not (course_root / "node_modules" / ".bin" / "marp").is_file():
        pytest.fail("Marp CLI is missing: run `make tools` (npm installs it into node_modules/)", pytrace=False)
    for prefix in LANGUAGES.values():
        deck = (built_site / prefix / "slides" / "m00_welcome.html").read_text(encoding="utf-8")
        assert re.search(r"<section[^>]*>", deck), "Marp renders each slide as a <section>"
