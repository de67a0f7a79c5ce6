import pytest


def test_what_each_statistic_cannot_see(load_example):
    example = load_example("blind_spots")
    assert example.ks_sees_a_ten_percent_rise() < 1e-10
    forwards, backwards = example.chi2_ignores_order()
    assert forwards == pytest.approx(backwards) == pytest.approx(34.2857, abs=1e-4)
    psi, mean_change = example.psi_misses_a_move_inside_its_bins()
    assert psi == 0.0
    assert mean_change == pytest.approx(-0.1303, abs=1e-4)
    assert example.inputs_miss_a_change_in_outcomes() == (0.0, 1.0)
