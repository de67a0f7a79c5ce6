"""ci.yml is a valid workflow that passes on the clean lender repository and fails on every planted fault.

Like mutation testing in module 03: a fault the workflow lets through is a surviving mutant.
"""

import sys
from pathlib import Path

import pytest

from puente.i18n import detect_language, say
from puente.lender_repo import FAULTS, fresh_clone, offline_ci_env, plant_fault
from puente.workflow_schema import validate_workflows
from puente.workflow_steps import run_workflow

FILE = "ci.yml"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(3600)]  # builds and runs six repositories; slow on a busy machine


def run_in(repo: Path, workflow: Path, scratch: Path):
    """Clone `repo` as a CI checkout would get it and run the workflow's steps there, offline."""
    checkout = fresh_clone(repo, scratch / "checkout")
    return run_workflow(workflow, checkout, scratch / "jobs", path_first=[Path(sys.executable).parent], env=offline_ci_env())


@pytest.fixture(scope="module")
def runs(learner_file, lender_repo, tmp_path_factory, course_root):
    """The workflow's run on the clean repository and on each fault, by name ("clean" first)."""
    results = {"clean": run_in(lender_repo, learner_file, tmp_path_factory.mktemp("clean"))}
    for fault in FAULTS:
        scratch = tmp_path_factory.mktemp(fault)
        faulty = plant_fault(lender_repo, scratch / "repo", fault, course_root)
        results[fault] = run_in(faulty, learner_file, scratch)
    return results


def require_clean_pass(runs) -> None:
    clean = runs["clean"]
    assert clean.passed, say(
        en="the workflow must pass on the clean repository first (a workflow that always fails catches nothing); failed: {steps}\n{log}",
        es="el flujo debe pasar primero en el repositorio limpio (un flujo que siempre falla no atrapa nada); fallaron: {steps}\n{log}",
        steps=", ".join(clean.failed_steps), log=clean.log()[-3000:])


def test_the_workflow_is_valid_for_github(learner_file):
    valid, output = validate_workflows([learner_file])
    assert valid, say(en="ci.yml does not validate against GitHub's workflow schema:\n{output}",
                      es="ci.yml no valida contra el esquema de flujos de GitHub:\n{output}", output=output[-2000:])


def test_the_clean_repository_passes_with_a_summary_and_a_wheel(runs):
    require_clean_pass(runs)
    summary = "".join(runs["clean"].summaries.values())
    assert "auc" in summary, say(en="the job summary must show the metrics against main (`dvc metrics diff main --all --md >> \"$GITHUB_STEP_SUMMARY\"`); it holds: {summary!r}",
                                 es="el resumen del trabajo debe mostrar las métricas frente a main (`dvc metrics diff main --all --md >> \"$GITHUB_STEP_SUMMARY\"`); tiene: {summary!r}",
                                 summary=summary[:500])
    wheels = [p.name for workspace in runs["clean"].workspaces.values() for p in (workspace / "dist").glob("*.whl")]
    assert wheels == ["lender_ci-1.0.0-py3-none-any.whl"], say(
        en="the workflow must build the wheel into dist/ (`python -m build --wheel --no-isolation --outdir dist`); found {wheels}",
        es="el flujo debe construir la wheel en dist/ (`python -m build --wheel --no-isolation --outdir dist`); se encontró {wheels}",
        wheels=wheels)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_the_workflow_fails_on_the_fault(runs, fault):
    require_clean_pass(runs)
    english, spanish, _ = FAULTS[fault]
    assert not runs[fault].passed, say(
        en="surviving fault `{fault}`: {what}; the workflow passed anyway. Which step should have stopped it?",
        es="falla sobreviviente `{fault}`: {what}; el flujo pasó de todos modos. ¿Qué paso debió detenerla?",
        fault=fault, what=spanish if detect_language() == "es" else english)
