"""The cut-off example: on the test rows, the cost-based cut-offs cost far less than 0.5."""

import importlib.util

import pytest


def load(course_root):
    path = course_root / "modules" / "m03_testing" / "examples" / "cutoff_costs.py"
    spec = importlib.util.spec_from_file_location("m03_example_cutoff_costs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def table(course_root, credit_data_path):
    return load(course_root).cost_table(credit_data_path)


def test_the_table_the_lesson_shows_is_current(table, course_root):
    committed = (course_root / "modules/m03_testing/examples/cutoff_costs.txt").read_text(encoding="utf-8")
    assert table.to_string() + "\n" == committed, (
        "cutoff_costs.txt is stale: run `python modules/m03_testing/examples/cutoff_costs.py > modules/m03_testing/examples/cutoff_costs.txt`"
    )


def test_cost_based_cutoffs_cost_much_less_than_one_half(table):
    cost = table["cost per applicant"]
    assert cost["0.5 by habit"] == 0.78
    assert cost["cheapest on validation"] < 0.65 * cost["0.5 by habit"]
    assert abs(cost["cheapest on validation"] - cost["formula 1/(5+1)"]) < 0.02, "calibrated: the formula works too"
    assert table.loc["formula 1/(5+1)", "cut-off"] == 0.167
    assert table["approved"].is_monotonic_decreasing, "a lower cut-off approves fewer applicants"
