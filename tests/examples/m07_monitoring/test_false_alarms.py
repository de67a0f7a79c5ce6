import pytest

from credit_scoring.schema import NUMERIC_COLUMNS


def test_p_values_alarm_when_nothing_changed(load_example, reference):
    counts = load_example("false_alarms").alarms_when_nothing_changes(reference, list(NUMERIC_COLUMNS))
    assert counts == {"ks p < 0.05": 7, "psi >= 0.2": 0, "tests": 270}


def test_a_harmless_rise_is_significant_at_scale(load_example, reference):
    got = load_example("false_alarms").a_harmless_rise_at_scale(reference)
    assert got["ks_p_value"] < 1e-100
    assert got["psi"] == pytest.approx(0.0011, abs=1e-4)
