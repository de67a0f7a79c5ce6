"""The teaching plan agrees with the course, and verify says exactly where it does not."""

from pathlib import Path

import pytest

from puente.manifest import load_manifest
from puente.teaching.plan import load_plan, plan_problems, semester_hours

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def course():
    return load_plan(REPO), load_manifest(REPO)


def test_the_committed_plan_agrees_with_the_course(course):
    plan, manifest = course
    assert plan_problems(plan, manifest) == []
    assert semester_hours(plan.semester, manifest) == pytest.approx(plan.semester.credits * plan.semester.hours_per_credit, abs=0.5)


def _with_week(plan, index, **changes):
    weeks = list(plan.semester.week)
    weeks[index] = weeks[index].model_copy(update=changes)
    return plan.model_copy(update={"semester": plan.semester.model_copy(update={"week": weeks})})


def test_a_module_due_twice_is_named(course):
    plan, manifest = course
    first = plan.semester.week[0]
    broken = _with_week(plan, 1, due=[*plan.semester.week[1].due, *first.due])
    assert f"semester: the exercises of {first.due[0]} must be due in exactly one week, found 2" in plan_problems(broken, manifest)


def test_hours_that_do_not_add_up_are_named(course):
    plan, manifest = course
    broken = _with_week(plan, 0, study_hours=plan.semester.week[0].study_hours + 2)
    problems = plan_problems(broken, manifest)
    assert any(p.startswith("semester: the weeks add up to 146.0 hours, but 3 credits are 144 hours") for p in problems), problems


def test_a_module_due_before_it_is_taught_is_named(course):
    plan, manifest = course
    module_id = plan.semester.week[2].due[0]
    moved = _with_week(_with_week(plan, 2, due=[]), 0, due=[*plan.semester.week[0].due, module_id])
    assert f"semester: {module_id} is due in week 1, before it is taught" in plan_problems(moved, manifest)


def test_an_exercise_left_out_of_the_workshop_is_named(course):
    plan, manifest = course
    day = plan.workshop.day[0]
    slot = day.slot[0]
    dropped = slot.live[0]
    slots = [slot.model_copy(update={"live": slot.live[1:]}), *day.slot[1:]]
    days = [day.model_copy(update={"slot": slots}), *plan.workshop.day[1:]]
    broken = plan.model_copy(update={"workshop": plan.workshop.model_copy(update={"day": days})})
    assert f"workshop: exercise {dropped} must be live, demo or homework exactly once, found 0" in plan_problems(broken, manifest)


def test_overlapping_sessions_are_named(course):
    plan, manifest = course
    day = plan.workshop.day[0]
    late = day.slot[1].model_copy(update={"start": "09:15"})
    days = [day.model_copy(update={"slot": [day.slot[0], late, *day.slot[2:]]}), *plan.workshop.day[1:]]
    broken = plan.model_copy(update={"workshop": plan.workshop.model_copy(update={"day": days})})
    assert any("workshop day 1:" in p and "overlaps or runs backwards" in p for p in plan_problems(broken, manifest))
