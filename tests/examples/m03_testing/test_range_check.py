import importlib.util

import pandas as pd
import pytest


def load(course_root):
    path = course_root / "modules" / "m03_testing" / "examples" / "range_check.py"
    spec = importlib.util.spec_from_file_location("m03_example_range_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_real_ages_pass_and_ages_in_months_are_refused(course_root, credit_data_path):
    check_range = load(course_root).check_range
    applications = pd.read_csv(credit_data_path)
    assert check_range(applications, "age", 18, 100) is None
    in_months = applications.assign(age=applications["age"] * 12)
    with pytest.raises(ValueError, match=r"column 'age' breaks the range rule: \d+ value\(s\) outside 18..100, e.g. 360"):
        check_range(in_months, "age", 18, 100)


def test_missing_values_are_not_a_range_problem(course_root):
    check_range = load(course_root).check_range
    assert check_range(pd.DataFrame({"income": [100.0, None]}), "income", 0, 10_000) is None
