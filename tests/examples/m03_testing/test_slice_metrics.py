import importlib.util

import pandas as pd
import pytest


def load(course_root):
    path = course_root / "modules" / "m03_testing" / "examples" / "slice_metrics.py"
    spec = importlib.util.spec_from_file_location("m03_example_slice_metrics", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_auc_per_band_on_a_tiny_table(course_root):
    auc_by_age_band = load(course_root).auc_by_age_band
    age = pd.Series([20, 22, 24, 30, 32, 60, 61])
    actual = pd.Series([0, 1, 1, 0, 1, 0, 0])
    probability = pd.Series([0.1, 0.9, 0.8, 0.7, 0.2, 0.5, 0.4])
    assert auc_by_age_band(age, actual, probability) == {"18-25": 1.0, "26-35": 0.0}, "51+ has one class only: no AUC"


def test_band_edges_are_inclusive(course_root):
    auc_by_age_band = load(course_root).auc_by_age_band
    age = pd.Series([25, 25, 26, 26])
    actual = pd.Series([0, 1, 0, 1])
    result = auc_by_age_band(age, actual, pd.Series([0.2, 0.8, 0.9, 0.1]))
    assert result == pytest.approx({"18-25": 1.0, "26-35": 0.0})
