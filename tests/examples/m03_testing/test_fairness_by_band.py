"""The fairness example: approval and error rates per age band, on a tiny table and on the real data."""

import importlib.util

import pandas as pd
import pytest


def load(course_root):
    path = course_root / "modules" / "m03_testing" / "examples" / "fairness_by_band.py"
    spec = importlib.util.spec_from_file_location("m03_example_fairness_by_band", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rates_on_a_tiny_table(course_root):
    rates_by_band = load(course_root).rates_by_band
    age = pd.Series([20, 21, 22, 23, 60, 61])
    actual = pd.Series([0, 0, 1, 1, 0, 1])
    rejected = pd.Series([True, False, True, False, False, False])
    table = rates_by_band(age, actual, rejected)
    assert table.index.tolist() == ["18-25", "51+"], "bands with no applicants are left out"
    assert table.loc["18-25"].to_dict() == {"applicants": 4, "share bad": 0.5, "approved": 0.5,
                                            "good rejected": 0.5, "bad approved": 0.5}
    assert table.loc["51+"].to_dict() == {"applicants": 2, "share bad": 0.5, "approved": 1.0,
                                          "good rejected": 0.0, "bad approved": 1.0}


@pytest.fixture(scope="module")
def real(course_root, credit_data_path):
    return load(course_root).reference_rates(credit_data_path)


def test_the_table_the_lesson_shows_is_current(real, course_root):
    committed = (course_root / "modules/m03_testing/examples/fairness_by_band.txt").read_text(encoding="utf-8")
    assert real.to_string() + "\n" == committed, (
        "fairness_by_band.txt is stale: run `python modules/m03_testing/examples/fairness_by_band.py > modules/m03_testing/examples/fairness_by_band.txt`"
    )


def test_young_applicants_are_approved_far_less_often(real):
    assert real["applicants"].sum() == 891, "every test row falls in one band"
    assert real.loc["18-25", "approved"] < 0.5 * real.loc["51+", "approved"]
    assert real.loc["18-25", "good rejected"] > real.loc["51+", "good rejected"] + 0.25, (
        "a good young applicant is rejected far more often than a good older one"
    )
    assert real.loc["18-25", "share bad"] > real.loc["51+", "share bad"], "part of the gap is in the data itself"
