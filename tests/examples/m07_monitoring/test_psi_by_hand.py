import math

import numpy as np
import pytest


def test_the_textbook_case(load_example):
    example = load_example("psi_by_hand")
    expected, actual = example.decile_shares(np.arange(1.0, 11), np.array([1.0, 1, 1, 1, 1, 2, 3, 4, 5, 6]))
    assert list(expected) == pytest.approx([0.1] * 10)
    assert list(actual) == pytest.approx([0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0, 0, 0, 0])
    assert example.psi(expected, actual) == pytest.approx(0.4 * math.log(5) + 4 * (1e-4 - 0.1) * math.log(1e-4 / 0.1))
    assert example.psi(expected, expected) == 0.0
