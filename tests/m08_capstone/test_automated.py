"""Automated: the team's CI workflow is valid, passes on their clean repository and fails on planted faults.

Module 06's grader (its local workflow runner and GitHub's schema), applied to the team's own
repository: a fault the workflow lets through is a surviving mutant.
"""

import shutil
import sys
from pathlib import Path

import pytest

from puente.capstone.team_repo import clean_copy, run
from puente.i18n import detect_language, say
from puente.lender_repo import offline_ci_env
from puente.workflow_schema import validate_workflows
from puente.workflow_steps import run_workflow

pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]
WORKFLOW = Path(".github/workflows/ci.yml")


def _failing_test(repo: Path, config: dict) -> None:
    (repo / "tests" / "test_planted_fault.py").write_text("def test_planted_fault():\n    assert 1 + 1 == 3\n", encoding="utf-8")


def _lint_error(repo: Path, config: dict) -> None:
    path = repo / config.get("test", {}).get("feature_code", "")
    path.write_text("import os\n" + path.read_text(encoding="utf-8"), encoding="utf-8")


FAULTS = {
    "failing_test": ("a change that breaks one of your tests", "un cambio que rompe una de sus pruebas", _failing_test),
    "lint_error": ("an unused import in your feature code (ruff: F401)", "un import sin usar en su código de variables (ruff: F401)", _lint_error),
}


@pytest.fixture(scope="module")
def runs(team_source, course_root, built, tmp_path_factory):
    """The workflow's run on the team's clean repository and on each fault, by name ("clean" first)."""
    if not (built.repo / WORKFLOW).is_file() or not (built.repo / built.config.get("test", {}).get("feature_code", "-")).is_file():
        pytest.fail(say(en="CI needs {workflow} and capstone.toml's [test] feature_code (the file a planted fault goes into)",
                        es="la CI necesita {workflow} y el [test] feature_code de capstone.toml (el archivo donde se planta una falla)",
                        workflow=WORKFLOW), pytrace=False)
    results = {}
    for name in ("clean", *FAULTS):
        scratch = tmp_path_factory.mktemp(name)
        repo = clean_copy(team_source, scratch / "checkout del equipo", course_root)
        if name != "clean":
            FAULTS[name][2](repo, built.config)
            run(repo, ["git", "add", "--all"])
            run(repo, ["git", "commit", "--quiet", "-m", f"A change with a fault: {name}"])
        results[name] = run_workflow(repo / WORKFLOW, repo, scratch / "jobs", path_first=[Path(sys.executable).parent], env=offline_ci_env())
        shutil.rmtree(repo, ignore_errors=True)
    return results


def test_the_workflow_is_valid_for_github_and_passes_clean(built, runs):
    valid, output = validate_workflows([built.repo / WORKFLOW])
    assert valid, say(en="{workflow} does not validate against GitHub's workflow schema:\n{output}",
                      es="{workflow} no valida contra el esquema de flujos de GitHub:\n{output}", workflow=WORKFLOW, output=output[-2000:])
    require_clean_pass(runs)


def require_clean_pass(runs) -> None:
    clean = runs["clean"]
    assert clean.passed, say(
        en="the workflow must pass on your clean repository first (run offline: installs find what is installed); failed: {steps}\n{log}",
        es="el flujo debe pasar primero en su repositorio limpio (corre sin red: las instalaciones encuentran lo ya instalado); fallaron: {steps}\n{log}",
        steps=", ".join(clean.failed_steps), log=clean.log()[-3000:])


@pytest.mark.parametrize("fault", list(FAULTS))
def test_the_workflow_fails_on_the_fault(runs, fault):
    require_clean_pass(runs)
    english, spanish, _ = FAULTS[fault]
    assert not runs[fault].passed, say(
        en="surviving fault `{fault}`: {what}; your workflow passed anyway. Which step should have stopped it?",
        es="falla sobreviviente `{fault}`: {what}; su flujo pasó de todos modos. ¿Qué paso debió detenerla?",
        fault=fault, what=spanish if detect_language() == "es" else english)
