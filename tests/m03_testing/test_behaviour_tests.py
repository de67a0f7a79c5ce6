"""Grades exercises/m03_testing/test_scoring_behaviour.py by mutation against flawed scorecards.

The learner's invariance and directional tests run in a subprocess against the correct
scorecard (packs/scoring_model) and against each flawed copy in packs/scoring_model/mutants/.
A file that fails on the correct scorecard earns nothing.
"""

from pathlib import Path

import pytest

from puente.mutation import explain_baseline, explain_survivor, mutant_description, mutant_names

pytestmark = pytest.mark.slow  # a pytest run per mutant

PACK = Path(__file__).parent / "packs" / "scoring_model"
VARIANT_TIMEOUT = 25  # seconds per variant, below a grader's per-test timeout
LEARNER_FILE = "test_scoring_behaviour.py"


@pytest.fixture
def report(mutation_runner, target_dir):
    """Runs each variant lazily, inside the test that asks about it (one subprocess per test)."""
    return mutation_runner.report(target_dir / "m03_testing" / LEARNER_FILE, PACK, timeout=VARIANT_TIMEOUT)


def test_your_tests_pass_on_the_correct_scorecard(report):
    passed = report.baseline.passed
    assert passed, explain_baseline(report, LEARNER_FILE)


@pytest.mark.parametrize("mutant", mutant_names(PACK))
def test_your_tests_catch_the_flawed_scorecard(report, mutant):
    caught = report.caught(mutant)
    assert caught, explain_survivor(report, mutant, mutant_description(PACK, mutant))
