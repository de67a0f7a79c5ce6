"""Module 07's data functions run behind the worker boundary when graded: honest work keeps its points, an always-equal answer earns none.

In the test's own interpreter the dict below would pass every comparison (its `__eq__` answers first);
across the boundary it is not plain data, so it never reaches the test.
"""

from pathlib import Path

import pytest

from puente.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[2]

MODULE, EXERCISE = "m07_monitoring", "monthly_bill"
ALWAYS_EQUAL = '''

class _Bill(dict):
    def __eq__(self, other):
        return True

    def __getitem__(self, key):
        return self


def monthly_bill(prices, traffic, measured):
    return _Bill()
'''


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_an_always_equal_bill_earns_nothing_and_the_honest_one_everything(tmp_path, grade_copies):
    rows = grade_copies(MODULE, {"always_equal": ("bill.py", ALWAYS_EQUAL)}, "--only", EXERCISE, "--keep-flagged-scores")
    full = load_manifest(ROOT).get_exercise(EXERCISE).points
    assert (rows["honest"]["status"], float(rows["honest"][EXERCISE])) == ("graded", full)
    # the price-list test never calls monthly_bill: it alone is earned
    assert float(rows["always_equal"][EXERCISE]) == pytest.approx(full / 4), rows["always_equal"]
