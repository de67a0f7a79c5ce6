import sys
from pathlib import Path

import pytest

from puente.lender_repo import fresh_clone, offline_ci_env
from puente.workflow_schema import validate_workflows
from puente.workflow_steps import run_workflow


def test_the_lessons_workflow_is_valid(examples_dir):
    valid, output = validate_workflows([examples_dir / "ci_basic.yml"])
    assert valid, output


@pytest.mark.slow
def test_its_steps_pass_on_the_lender_repository(examples_dir, lender_repo, tmp_path):
    checkout = fresh_clone(lender_repo, tmp_path / "checkout")
    result = run_workflow(examples_dir / "ci_basic.yml", checkout, tmp_path / "jobs", path_first=[Path(sys.executable).parent], env=offline_ci_env())
    assert result.passed, result.log()
    assert [s.outcome for s in result.steps] == ["no-op", "no-op", "no-op", "success", "success", "success", "success", "success"]
    assert result.summaries["check"] == "## Checks passed\nBuilt: lender_ci-1.0.0-py3-none-any.whl\n"
