import importlib.util

import pytest


def test_bad_rates_are_pulled_toward_the_overall_rate(course_root):
    spec = importlib.util.spec_from_file_location("toy_train", course_root / "modules/m02_dvc/examples/toy_pipeline/train.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    rows = [{"status": s, "job": j} for s, j in [("bad", "fixed"), ("good", "fixed"), ("bad", "partime"), ("bad", "partime")]]
    assert train.bad_rates(rows, "job", smoothing=0) == {"fixed": 0.5, "partime": 1.0}
    assert train.bad_rates(rows, "job", smoothing=2) == pytest.approx({"fixed": 0.625, "partime": 0.875})
