import importlib.util


def load(course_root):
    path = course_root / "modules" / "m03_testing" / "examples" / "debt_ratio.py"
    spec = importlib.util.spec_from_file_location("m03_example_debt_ratio", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ratio_and_its_undefined_cases(course_root):
    debt_to_income = load(course_root).debt_to_income
    assert debt_to_income(500.0, 200.0) == 2.5
    assert debt_to_income(None, 200.0) == 0.0
    assert debt_to_income(500.0, None) is None
    assert debt_to_income(500.0, 0.0) is None
