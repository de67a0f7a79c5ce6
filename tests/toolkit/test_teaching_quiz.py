"""Self-checks: validated data in both languages, `puente quiz` in the terminal, verify's checks."""

import json

import pytest
from pydantic import ValidationError

from puente.teaching.quiz import Quiz

# m00_welcome's answers as committed: the right option of each question, then a wrong one for the first
RIGHT = ["1", "1", "1", "1"]


def _answers(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_quiz_in_english_records_the_score(puente, mini_course):
    done = puente("quiz", "m00_welcome", input=_answers("2", *RIGHT[1:]))
    assert done.returncode == 0, done.stderr
    assert "Not quite. No: the wall is between people and ways of working" in done.stdout
    assert "Right. Right: most of the work and most of the debt live around the model." in done.stdout
    assert "3 of 4 right in m00_welcome" in done.stdout
    scores = json.loads((mini_course / ".puente" / "quizzes.json").read_text())
    assert (scores["m00_welcome"]["right"], scores["m00_welcome"]["total"]) == (3, 4)


def test_quiz_in_spanish_explains_in_spanish(puente, mini_course):
    done = puente("quiz", "m00_welcome", input=_answers("9", "x", *RIGHT), lang="es")
    assert done.returncode == 0, done.stderr
    assert "Escriba un número de 1 a 3." in done.stdout
    assert "Correcto. Sí: dos culturas con metas distintas" in done.stdout
    assert "4 de 4 correctas en m00_welcome" in done.stdout


def test_a_quiz_cut_short_records_nothing(puente, mini_course):
    done = puente("quiz", "m00_welcome", input=_answers("1"))
    assert done.returncode == 130
    assert "Quiz interrupted: nothing recorded." in done.stdout
    assert not (mini_course / ".puente" / "quizzes.json").exists()


def test_quiz_of_an_unknown_module(puente):
    done = puente("quiz", "m00_welcom")
    assert (done.returncode, done.stdout, "Traceback" in done.stderr) == (2, "", False)
    assert done.stderr.strip().startswith("error: unknown module 'm00_welcom'; did you mean 'm00_welcome'?")


def test_verify_fails_on_a_question_without_spanish(puente, mini_course):
    quiz = mini_course / "modules" / "m00_welcome" / "quiz.toml"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace(', es = "¿Qué es el \\"muro de la confusión\\" que describió el panel?"', "", 1), encoding="utf-8")
    done = puente("verify", "--static")
    assert done.returncode == 1
    assert "m00_welcome: a valid self-check: modules/m00_welcome/quiz.toml: field 'question.0.prompt.es': Field required" in done.stdout


def test_verify_fails_on_a_wrong_option_without_its_explanation(puente, mini_course):
    quiz = mini_course / "modules" / "m00_welcome" / "quiz.toml"
    text = quiz.read_text(encoding="utf-8")
    marker = 'why = { en = "No: the wall is between people'
    start = text.index(marker)
    quiz.write_text(text[:start] + text[text.index("\n", start) + 1 :], encoding="utf-8")
    done = puente("verify", "--static")
    assert done.returncode == 1
    assert "field 'question.0.option.1.why': Field required" in done.stdout


def test_verify_fails_on_a_question_about_a_section_that_does_not_exist(puente, mini_course):
    quiz = mini_course / "modules" / "m00_welcome" / "quiz.toml"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace('section = "the-wall-of-confusion"', 'section = "no-such-section"'), encoding="utf-8")
    done = puente("verify", "--static")
    assert "question 'wall' checks #no-such-section, a section of the lesson in both languages" in done.stdout
    assert done.returncode == 1


def test_a_question_with_two_right_answers_is_refused():
    question = {"id": "q", "section": "s", "prompt": {"en": "?", "es": "¿?"},
                "option": [{"text": {"en": "a", "es": "a"}, "why": {"en": "x", "es": "x"}, "correct": True},
                           {"text": {"en": "b", "es": "b"}, "why": {"en": "y", "es": "y"}, "correct": True}]}
    with pytest.raises(ValidationError, match="must have exactly one correct option, found 2"):
        Quiz.model_validate({"question": [question]})
