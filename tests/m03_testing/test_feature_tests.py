"""Grades exercises/m03_testing/test_credit_features.py by mutation: one point share per bug caught.

The learner's tests run in a subprocess against the correct credit_features (packs/credit_features)
and against each buggy copy in packs/credit_features/mutants/. A file that fails on the correct
code earns nothing.
"""

from pathlib import Path

import pytest

from puente.mutation import explain_baseline, explain_survivor, mutant_description, mutant_names

pytestmark = pytest.mark.slow  # a pytest run per mutant

PACK = Path(__file__).parent / "packs" / "credit_features"
VARIANT_TIMEOUT = 25  # seconds per variant, below a grader's per-test timeout
LEARNER_FILE = "test_credit_features.py"


@pytest.fixture
def report(mutation_runner, target_dir):
    """Runs each variant lazily, inside the test that asks about it (one subprocess per test)."""
    return mutation_runner.report(target_dir / "m03_testing" / LEARNER_FILE, PACK, timeout=VARIANT_TIMEOUT)


def test_your_tests_pass_on_the_correct_code(report):
    passed = report.baseline.passed
    assert passed, explain_baseline(report, LEARNER_FILE)


@pytest.mark.parametrize("mutant", mutant_names(PACK))
def test_your_tests_catch(report, mutant):
    caught = report.caught(mutant)
    assert caught, explain_survivor(report, mutant, mutant_description(PACK, mutant))
