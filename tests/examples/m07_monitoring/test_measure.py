import numpy as np


def test_a_million_floats_are_eight_megabytes(load_example):
    figures = load_example("measure").measure(lambda: np.ones(1_000_000))
    assert 8.0 <= figures["traced_peak_mb"] < 8.1
    assert figures["process_peak_mb"] > figures["traced_peak_mb"]
    assert figures["seconds"] > 0
