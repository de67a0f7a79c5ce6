"""instructors/plan.toml: a semester and a two-day workshop, checked against course.toml.

The plan names modules and exercises; hours at home come from the manifest's exercise minutes, so a
module that grows changes the totals and `puente verify --static` asks for the plan to follow.
"""

import tomllib
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints, ValidationError

from puente.errors import PuenteError
from puente.manifest import Identifier, Manifest, ModuleId, Strict, Text

PLAN_FILE = "instructors/plan.toml"
Clock = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]


class Week(Strict):
    week: Annotated[int, Field(gt=0)]
    topic: Text
    teach: list[ModuleId] = []
    due: list[ModuleId] = []
    class_hours: Annotated[float, Field(ge=0)]
    study_hours: Annotated[float, Field(ge=0)] = 0
    capstone_hours: Annotated[float, Field(ge=0)] = 0
    milestone: Text | None = None


class GradingPart(Strict):
    part: Text
    percent: Annotated[int, Field(gt=0, le=100)]


class Semester(Strict):
    weeks: Annotated[int, Field(gt=0)]
    credits: Annotated[int, Field(gt=0)]
    hours_per_credit: Annotated[int, Field(gt=0)]
    credit_rule: Text
    week: list[Week]
    grading: list[GradingPart]


class Slot(Strict):
    start: Clock
    end: Clock
    title: Text
    live: list[Identifier] = []
    demo: list[Identifier] = []
    homework: list[Identifier] = []
    checkpoint: Text | None = None
    note: Text | None = None


class Day(Strict):
    day: Annotated[int, Field(gt=0)]
    slot: list[Slot]


class Workshop(Strict):
    day: list[Day]
    taster: list[Slot]


class Plan(Strict):
    semester: Semester
    workshop: Workshop


def load_plan(root: Path) -> Plan:
    path = root / PLAN_FILE
    try:
        return Plan.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise PuenteError(f"{PLAN_FILE} is missing", f"restore it with `git checkout -- {PLAN_FILE}`") from None
    except (tomllib.TOMLDecodeError, ValidationError) as error:
        raise PuenteError(f"{PLAN_FILE} is not valid: {error}".splitlines()[0], f"fix {PLAN_FILE}") from None


def home_hours(week: Week, manifest: Manifest) -> float:
    """Study and capstone hours, plus the exercises of the modules due that week (their manifest minutes)."""
    minutes = sum(e.minutes for module_id in week.due for e in manifest.exercises_of(module_id))
    return week.study_hours + week.capstone_hours + minutes / 60


def semester_hours(semester: Semester, manifest: Manifest) -> float:
    return sum(week.class_hours + home_hours(week, manifest) for week in semester.week)


def plan_problems(plan: Plan, manifest: Manifest) -> list[str]:
    """Everything that makes the plan disagree with the course; empty when they agree."""
    return _semester_problems(plan.semester, manifest) + _workshop_problems(plan.workshop, manifest)


def _semester_problems(semester: Semester, manifest: Manifest) -> list[str]:
    problems = []
    numbers = [week.week for week in semester.week]
    if numbers != list(range(1, semester.weeks + 1)):
        problems.append(f"semester: weeks must be numbered 1..{semester.weeks} in order, found {numbers}")
    first_taught: dict[str, int] = {}
    due_in: dict[str, list[int]] = {}
    for week in semester.week:
        for module_id in week.teach:
            first_taught.setdefault(module_id, week.week)
        for module_id in week.due:
            due_in.setdefault(module_id, []).append(week.week)
    known = {m.id for m in manifest.module}
    for module_id in sorted((set(first_taught) | set(due_in)) - known):
        problems.append(f"semester: '{module_id}' is not a module of course.toml")
    for module in manifest.module:
        if module.id not in first_taught:
            problems.append(f"semester: module {module.id} is never taught")
        weeks_due = due_in.get(module.id, [])
        if len(weeks_due) != 1:
            problems.append(f"semester: the exercises of {module.id} must be due in exactly one week, found {len(weeks_due)}")
        elif module.id in first_taught and weeks_due[0] < first_taught[module.id]:
            problems.append(f"semester: {module.id} is due in week {weeks_due[0]}, before it is taught")
    wanted = semester.credits * semester.hours_per_credit
    total = semester_hours(semester, manifest)
    if abs(total - wanted) > 0.5:
        problems.append(f"semester: the weeks add up to {total:.1f} hours, but {semester.credits} credits are {wanted} hours")
    percent = sum(part.percent for part in semester.grading)
    if percent != 100:
        problems.append(f"semester: the grading parts add up to {percent}%, not 100%")
    return problems


def _workshop_problems(workshop: Workshop, manifest: Manifest) -> list[str]:
    problems = []
    scheduled: dict[str, int] = {}
    for day in workshop.day:
        problems += _slot_order(f"workshop day {day.day}", day.slot)
        for slot in day.slot:
            for exercise_id in slot.live + slot.demo + slot.homework:
                scheduled[exercise_id] = scheduled.get(exercise_id, 0) + 1
    problems += _slot_order("workshop taster", workshop.taster)
    known = set(manifest.exercises_by_id)
    for exercise_id in sorted(set(scheduled) - known):
        problems.append(f"workshop: '{exercise_id}' is not an exercise of course.toml")
    for exercise in manifest.exercise:
        count = scheduled.get(exercise.id, 0)
        if count != 1:
            problems.append(f"workshop: exercise {exercise.id} must be live, demo or homework exactly once, found {count}")
    taster_ids = {i for slot in workshop.taster for i in slot.live + slot.demo + slot.homework}
    for exercise_id in sorted(taster_ids - known):
        problems.append(f"workshop taster: '{exercise_id}' is not an exercise of course.toml")
    return problems


def _slot_order(where: str, slots: list[Slot]) -> list[str]:
    problems = []
    previous_end = "00:00"
    for slot in slots:
        if not previous_end <= slot.start < slot.end:
            problems.append(f"{where}: '{slot.title.en}' ({slot.start}-{slot.end}) overlaps or runs backwards")
        previous_end = slot.end
    return problems
