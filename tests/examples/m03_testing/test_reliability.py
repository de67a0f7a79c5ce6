"""The reliability example: calibration fixes what class_weight="balanced" did to the probabilities."""

import importlib.util

import pandas as pd
import pytest

REGENERATE = "python modules/m03_testing/examples/reliability.py modules/m03_testing/examples/reliability.png"


def load(course_root):
    path = course_root / "modules" / "m03_testing" / "examples" / "reliability.py"
    spec = importlib.util.spec_from_file_location("m03_example_reliability", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def example(course_root, credit_data_path):
    module = load(course_root)
    return module, *module.probabilities(credit_data_path)


def test_the_summary_the_lesson_shows_is_current(example, course_root):
    module, actual, scores = example
    table = module.summary(actual, scores)
    committed = (course_root / "modules/m03_testing/examples/reliability.txt").read_text(encoding="utf-8")
    assert table.to_string() + "\n" == committed, f"reliability.txt is stale: run `{REGENERATE} > .../reliability.txt`"
    assert table.loc["balanced, raw", "mean predicted"] > table.loc["balanced, raw", "share bad"] + 0.1
    assert abs(table.loc["calibrated", "mean predicted"] - table.loc["calibrated", "share bad"]) < 0.01
    assert table.loc["calibrated", "Brier"] < table.loc["balanced, raw", "Brier"]


def test_the_figure_the_lesson_shows_is_current(example, course_root, tmp_path):
    module, actual, scores = example
    module.draw(actual, scores, tmp_path / "reliability.png")
    committed = course_root / "modules/m03_testing/examples/reliability.png"
    assert (tmp_path / "reliability.png").read_bytes() == committed.read_bytes(), f"the figure is stale: run `{REGENERATE}`"


def test_summary_on_a_tiny_table(course_root):
    module = load(course_root)
    actual = pd.Series([0, 0, 1, 1])
    table = module.summary(actual, {"sure": pd.Series([0.0, 0.0, 1.0, 1.0]), "unsure": pd.Series([0.5] * 4)})
    assert table.to_dict("index") == {
        "sure": {"mean predicted": 0.5, "share bad": 0.5, "Brier": 0.0},
        "unsure": {"mean predicted": 0.5, "share bad": 0.5, "Brier": 0.25},
    }
