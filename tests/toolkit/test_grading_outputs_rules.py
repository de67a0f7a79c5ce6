"""One rule, one place: phases fold into one outcome, points are shared so they add up exactly,
JUnit holds an element for every problem (valid against the Jenkins schema), Gradescope sums exactly."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import xmlschema

from puente.grading.gradescope import gradescope_results
from puente.grading.junit import write_junit
from puente.grading.model import SubmissionResult, TestOutcome
from puente.results import fold_phase, share_points

SCHEMA = Path(__file__).parent / "schemas" / "jenkins-junit.xsd"


@pytest.mark.parametrize(("phases", "outcome"), [
    ([("setup", False, False), ("call", False, False), ("teardown", False, False)], "passed"),
    ([("setup", False, False), ("call", True, False), ("teardown", False, False)], "failed"),
    ([("setup", True, False), ("teardown", False, False)], "error"),
    ([("setup", False, True), ("teardown", False, False)], "skipped"),
    ([("setup", False, True), ("teardown", True, False)], "error"),  # a failure after a skip is never hidden
    ([("setup", False, False), ("call", True, False), ("teardown", True, False)], "failed"),
])
def test_phases_fold_into_one_outcome(phases, outcome):
    folded = "passed"
    for when, failed, skipped in phases:
        folded = fold_phase(folded, when, failed, skipped)
    assert folded == outcome


@pytest.mark.parametrize("points", [10, 15, 20, 25, 355])
@pytest.mark.parametrize("tests", [1, 3, 6, 7, 11, 13])
def test_shares_add_up_exactly_in_order(points, tests):
    shares = share_points(points, tests)
    assert len(shares) == tests and sum(shares) == points
    assert max(shares) - min(shares) < 0.001


def _result(status: str, tests: list[TestOutcome]) -> SubmissionResult:
    return SubmissionResult("ana maría", status, {"first_look": 10 / 3}, tests, ["first_look: custom-eq"], seconds=3.5)


def _tests() -> list[TestOutcome]:
    shares = share_points(10, 6)
    kinds = [("passed", ""), ("failed", "AssertionError"), ("error", "KeyError"), ("skipped", ""),
             ("lost", "RunStopped"), ("timeout", "Timeout")]
    return [TestOutcome(f"tests/m00/test_first_look.py::test_{i}", "first_look", share, outcome == "passed",
                        f"why {i}\nmore", 0.1, outcome=outcome, kind=kind)
            for i, (share, (outcome, kind)) in enumerate(zip(shares, kinds, strict=True))]


def test_junit_has_an_element_for_every_problem_and_is_valid(tmp_path):
    schema = xmlschema.XMLSchema(SCHEMA)
    path = tmp_path / "one.xml"
    write_junit(path, _result("incomplete: the run stopped after 9 s at test_4 (a test passed its hard time limit)", _tests()))
    schema.validate(path)
    suite = schema.to_dict(path)
    assert (suite["@tests"], suite["@failures"], suite["@errors"], suite["@skipped"]) == ("6", "1", "3", "1")
    cases = {case["@name"]: case for case in suite["testcase"]}
    assert cases["test_1"]["failure"][0]["@type"] == "AssertionError"
    assert [cases[f"test_{i}"]["error"][0]["@type"] for i in (2, 4, 5)] == ["KeyError", "RunStopped", "Timeout"]
    assert "skipped" in cases["test_3"] and "failure" not in cases["test_0"] and "error" not in cases["test_0"]


def test_junit_of_a_submission_that_could_not_run_holds_one_error(tmp_path):
    path = tmp_path / "invalid.xml"
    write_junit(path, _result("invalid-submission: the zip is empty", []))
    xmlschema.XMLSchema(SCHEMA).validate(path)
    suite = xmlschema.XMLSchema(SCHEMA).to_dict(path)
    assert suite["@errors"] == "1" and suite["testcase"][0]["error"][0]["@type"] == "invalid-submission"


def test_gradescope_max_scores_sum_exactly_to_the_points():
    plan = SimpleNamespace(exercises=[])
    data = gradescope_results(plan, _result("graded", _tests()))
    assert sum(test["max_score"] for test in data["tests"]) == 10
    assert json.loads(json.dumps(data))["tests"][0]["max_score"] == pytest.approx(10 / 6, abs=1e-4)


def test_the_sandbox_never_mounts_what_learners_never_see():
    from puente.editions.instructor_only import INSTRUCTOR_FOLDERS, never_seen_by_learners
    from puente.grading.plan import public_entries

    root = Path(__file__).resolve().parents[2]
    mounted = {path.name for path in public_entries(root, ())}
    assert not mounted & {"solutions", "instructors", "hidden-tests", "exercises", "tests"}, mounted
    assert all(not never_seen_by_learners(name) for name in mounted)
    assert never_seen_by_learners("hidden-tests") and never_seen_by_learners("m00/hidden-tests/x.py")
    assert {"solutions", "instructors", "hidden-tests"} <= set(INSTRUCTOR_FOLDERS)
