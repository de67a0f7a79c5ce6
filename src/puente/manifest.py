"""course.toml, the one manifest: modules and exercises in teaching order, validated strictly.

The CLI, the pytest plugin, `puente verify`, the grader and the site all read it through
`load_manifest`; nothing else lists exercises.
"""

import tomllib
from functools import cached_property
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from puente.errors import PuenteError
from puente.i18n import Bilingual, tr
from puente.paths import MANIFEST_NAME

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
ModuleId = Annotated[str, StringConstraints(pattern=r"^m\d\d_[a-z][a-z0-9_]*$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """Every sentence a learner reads exists in English and in Spanish."""

    en: Annotated[str, StringConstraints(min_length=1)]
    es: Annotated[str, StringConstraints(min_length=1)]

    def __call__(self, lang: str) -> str:
        return self.es if lang == "es" else self.en


class Course(Strict):
    title: str
    version: str
    repository: str = ""
    # seconds one graded test may run before `puente check` stops it as a likely endless loop
    time_limit: Annotated[int, Field(gt=0)] = 60
    # the module whose app.py and batch.py `puente serve` and `puente score` run
    serve_module: Annotated[str, StringConstraints(pattern=r"^m\d\d_[a-z][a-z0-9_]*$")] = "m05_serving"


class Module(Strict):
    id: ModuleId
    title: Text
    goal: Text
    minutes: Annotated[int, Field(gt=0)]
    # notebooks shipped broken on purpose (the lesson fixes them): file name -> the exception they raise
    failing_notebooks: dict[str, str] = {}

    @property
    def lesson(self) -> str:
        return f"modules/{self.id}/index.md"


class Exercise(Strict):
    id: Identifier
    module: ModuleId
    title: Text
    objective: Text
    files: Annotated[list[str], Field(min_length=1)]
    points: Annotated[int, Field(gt=0)]
    minutes: Annotated[int, Field(gt=0)]
    lesson_section: str = ""
    hints: Annotated[list[Text], Field(min_length=2)]
    # overrides [course] time_limit for tests that run real tools (kernels, dvc, builds, servers)
    time_limit: Annotated[int, Field(gt=0)] | None = None
    # grading notes the task itself calls for (a capstone's repository runs commands: uses-subprocess);
    # they stay out of grades.csv; a blocking flag is never silenced (puente.grading.integrity)
    expected_notes: list[str] = []
    # exercises whose learner files this one's tests run too (module 07 wraps the module 05 service):
    # graded on its own (`puente grade --only`), it is staged and scanned with them
    builds_on: list[Identifier] = []

    @property
    def test_file(self) -> str:
        """By convention, never repeated in the manifest: tests/<module>/test_<exercise>.py."""
        return f"tests/{self.module}/test_{self.id}.py"

    def paths(self, tree: str) -> list[str]:
        """The learner's files, relative to the course root, in `tree` (exercises or solutions)."""
        return [f"{tree}/{self.module}/{name}" for name in self.files]


class Manifest(Strict):
    course: Course
    module: list[Module]
    exercise: list[Exercise]

    @model_validator(mode="after")
    def _consistent(self) -> "Manifest":
        module_ids = [m.id for m in self.module]
        for kind, ids in (("module", module_ids), ("exercise", [e.id for e in self.exercise])):
            seen = set()
            for item_id in ids:
                if item_id in seen:
                    raise ValueError(f"{kind} id '{item_id}' appears twice; ids must be unique")
                seen.add(item_id)
        exercise_ids = {e.id for e in self.exercise}
        for exercise in self.exercise:
            if exercise.module not in module_ids:
                raise ValueError(f"exercise '{exercise.id}' names module '{exercise.module}', which is not a [[module]]")
            unknown = [name for name in exercise.builds_on if name not in exercise_ids - {exercise.id}]
            if unknown:
                raise ValueError(f"exercise '{exercise.id}' builds on '{unknown[0]}', which is not another [[exercise]]")
        order = {module_id: i for i, module_id in enumerate(module_ids)}
        if [order[e.module] for e in self.exercise] != sorted(order[e.module] for e in self.exercise):
            raise ValueError("exercises must be listed in the order of their modules")
        return self

    @cached_property
    def exercises_by_id(self) -> dict[str, Exercise]:
        return {e.id: e for e in self.exercise}

    def with_foundations(self, exercises: list[Exercise]) -> list[Exercise]:
        """The exercises and every exercise they build on, in teaching order: the learner code their tests run."""
        return with_foundations(exercises, self.exercises_by_id)

    @cached_property
    def modules_by_id(self) -> dict[str, Module]:
        return {m.id: m for m in self.module}

    def get_exercise(self, exercise_id: str) -> Exercise:
        try:
            return self.exercises_by_id[exercise_id]
        except KeyError:
            raise PuenteError(
                _joined(tr("error.unknown_exercise", name=exercise_id), _did_you_mean(exercise_id, self.exercises_by_id)),
                tr("error.list_exercises"),
            ) from None

    def get_module(self, module_id: str) -> Module:
        try:
            return self.modules_by_id[module_id]
        except KeyError:
            raise PuenteError(
                _joined(tr("error.unknown_module", name=module_id), _did_you_mean(module_id, self.modules_by_id)),
                tr("error.list_modules"),
            ) from None

    def module_named(self, name: str) -> Module | None:
        """A module by its id (`m08_capstone`) or its name without the number (`capstone`); None if neither."""
        by_name = {m.id.split("_", 1)[-1]: m for m in self.module}
        return self.modules_by_id.get(name) or by_name.get(name)

    def exercises_of(self, module_id: str) -> list[Exercise]:
        return [e for e in self.exercise if e.module == module_id]

    def exercise_for_test_file(self, test_path: Path) -> Exercise | None:
        """The exercise a graded test file belongs to: <anything>/<module>/test_<exercise>.py."""
        module_id, name = test_path.parent.name, test_path.name
        exercise = self.exercises_by_id.get(name.removeprefix("test_").removesuffix(".py"))
        return exercise if exercise and name.startswith("test_") and exercise.module == module_id else None


def with_foundations(exercises: list[Exercise], known: dict[str, Exercise]) -> list[Exercise]:
    """`exercises` and, through `builds_on`, what they build on among `known`, in `known`'s order."""
    found, todo = set(), [e.id for e in exercises]
    while todo:
        name = todo.pop()
        if name in known and name not in found:
            found.add(name)
            todo += known[name].builds_on
    return [exercise for name, exercise in known.items() if name in found]


def _did_you_mean(name: str, choices) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(choices), n=1)
    return tr("error.did_you_mean", name=close[0]) if close else Bilingual("", "")


def _joined(*parts: Bilingual) -> Bilingual:
    return Bilingual("".join(parts), "".join(p.es for p in parts))


def load_manifest(root: Path) -> Manifest:
    """Read and validate course.toml; any problem becomes one line naming the entry and the field."""
    path = root / MANIFEST_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PuenteError(tr("error.manifest_missing", name=MANIFEST_NAME, root=root), tr("error.manifest_restore")) from None
    except tomllib.TOMLDecodeError as error:
        raise PuenteError(tr("error.manifest_toml", name=MANIFEST_NAME, error=error), tr("error.manifest_syntax", name=MANIFEST_NAME)) from None
    try:
        return Manifest.model_validate(data)
    except ValidationError as error:
        raise PuenteError(_describe(error.errors()[0], data), tr("error.manifest_entry", name=MANIFEST_NAME)) from None


def _describe(problem: dict, data: dict) -> Bilingual:
    """Turn pydantic's error location into words: which [[exercise]] or [[module]], which field."""
    loc = list(problem["loc"])
    where = MANIFEST_NAME
    if len(loc) >= 2 and loc[0] in ("module", "exercise") and isinstance(loc[1], int):
        entry = data.get(loc[0], [])[loc[1]]
        entry_id = entry.get("id", "?") if isinstance(entry, dict) else "?"
        where += f": [[{loc[0]}]] #{loc[1] + 1} ('{entry_id}')"
        loc = loc[2:]
    elif loc and loc[0] in ("course", "module", "exercise"):
        where += f": [{loc[0]}]"
        loc = loc[1:]
    field = ".".join(str(part) for part in loc)
    if problem["type"] == "missing":
        return tr("error.field_missing", where=where, field=field)
    if problem["type"] == "extra_forbidden":
        return tr("error.field_unknown", where=where, field=field)
    message = problem["msg"].removeprefix("Value error, ")
    return tr("error.field_invalid", where=where, field=field, message=message) if field else Bilingual(f"{where}: {message}", f"{where}: {message}")
