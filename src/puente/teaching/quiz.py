"""Self-checks a learner takes alone: modules/<module>/quiz.toml, in both languages.

Every option carries its explanation (Carpentries' challenges: a wrong answer teaches why it is wrong),
every question names the lesson section it checks, and exactly one option is right.
"""

import tomllib
from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationError, model_validator

from puente.errors import PuenteError
from puente.i18n import tr
from puente.manifest import Identifier, Strict, Text

QUIZ_FILE = "quiz.toml"


class Option(Strict):
    text: Text
    correct: bool = False
    why: Text


class Question(Strict):
    id: Identifier
    section: str
    prompt: Text
    option: Annotated[list[Option], Field(min_length=2)]

    @model_validator(mode="after")
    def _one_right_answer(self) -> "Question":
        right = sum(option.correct for option in self.option)
        if right != 1:
            raise ValueError(f"question '{self.id}' must have exactly one correct option, found {right}")
        return self

    @property
    def answer(self) -> int:
        return next(i for i, option in enumerate(self.option) if option.correct)


class Quiz(Strict):
    question: Annotated[list[Question], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique_ids(self) -> "Quiz":
        ids = [q.id for q in self.question]
        if len(ids) != len(set(ids)):
            raise ValueError("question ids must be unique")
        return self


def quiz_path(root: Path, module_id: str) -> Path:
    return root / "modules" / module_id / QUIZ_FILE


def load_quiz(root: Path, module_id: str) -> Quiz:
    path = quiz_path(root, module_id)
    where = path.relative_to(root)
    try:
        return Quiz.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise PuenteError(tr("error.quiz_missing", module=module_id, path=where), tr("error.list_modules")) from None
    except tomllib.TOMLDecodeError as error:
        raise PuenteError(tr("error.manifest_toml", name=where, error=error), tr("error.manifest_syntax", name=where)) from None
    except ValidationError as error:
        problem = error.errors()[0]
        place = ".".join(str(part) for part in problem["loc"])
        raise PuenteError(tr("error.field_invalid", where=where, field=place, message=problem["msg"].removeprefix("Value error, ")),
                          tr("error.manifest_entry", name=where)) from None
