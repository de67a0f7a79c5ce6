import runpy

import pytest
import skops.io as sio


def test_saves_and_loads_trusting_only_named_types(course_root, tmp_path):
    example = runpy.run_path(str(course_root / "modules" / "m04_packaging" / "examples" / "skops_load.py"))
    asked_for, model = example["save_and_load"](tmp_path / "iris.skops")
    assert asked_for == [], "scikit-learn estimators and plain numpy arrays are trusted by default"
    assert model.predict([[5.1, 3.5, 1.4, 0.2]]).tolist() == ["setosa"]


def test_an_untrusted_type_is_refused_before_anything_is_built(tmp_path):
    path = tmp_path / "odd.skops"
    sio.dump({"when": __import__("datetime").date(2026, 11, 30)}, path)
    assert sio.get_untrusted_types(file=path) == ["datetime.date"]
    with pytest.raises(Exception, match="Untrusted types"):
        sio.load(path)
