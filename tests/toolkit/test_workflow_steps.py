"""The local step runner runs a workflow's `run:` steps like GitHub's Linux runner, and refuses what it cannot run."""

import textwrap
from pathlib import Path

import pytest

from puente.errors import PuenteError
from puente.workflow_steps import UNDERSTOOD_ACTIONS, job_order, run_workflow


def workflow(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ci.yml"
    path.write_text(textwrap.dedent(text))
    return path


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    folder = tmp_path / "Mis cursos" / "año 2026"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "hello.txt").write_text("hola\n")
    return folder


def test_steps_run_in_order_with_env_files_and_working_directory(tmp_path, prepared):
    path = workflow(tmp_path, """
        on: push
        env: {LEVEL: workflow, KEEP: workflow}
        jobs:
          check:
            runs-on: ubuntu-latest
            env: {LEVEL: job}
            steps:
              - uses: actions/checkout@v5
              - run: echo "FROM_STEP=one two" >> "$GITHUB_ENV"
              - run: mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool ran\\n' > "$RUNNER_TEMP/bin/tool" && chmod +x "$RUNNER_TEMP/bin/tool" && echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
              - name: everything arrives
                working-directory: sub
                env: {LEVEL: step}
                run: |
                  echo "$LEVEL $KEEP $FROM_STEP $(cat hello.txt) ${{ env.KEEP }}" > ../seen.txt
                  tool >> ../seen.txt
                  echo "## Summary" >> "$GITHUB_STEP_SUMMARY"
    """)
    result = run_workflow(path, prepared, tmp_path / "jobs")
    assert result.passed, result.log()
    assert [s.outcome for s in result.steps] == ["no-op", "success", "success", "success"]
    assert (result.workspaces["check"] / "seen.txt").read_text() == "step workflow one two hola workflow\ntool ran\n"
    assert result.summaries["check"] == "## Summary\n"
    assert not (prepared / "seen.txt").exists(), "the prepared folder itself is never touched"


def test_a_failure_skips_later_steps_except_always_and_failure(tmp_path, prepared):
    path = workflow(tmp_path, """
        on: push
        jobs:
          check:
            runs-on: ubuntu-latest
            steps:
              - run: "false | true"
              - run: exit 3
              - run: echo never
              - if: always()
                run: echo always
              - if: ${{ failure() }}
                run: echo failure
              - if: success()
                run: echo success
    """)
    result = run_workflow(path, prepared, tmp_path / "jobs")
    assert [s.outcome for s in result.steps] == ["failure", "skipped", "skipped", "success", "success", "skipped"]
    assert not result.passed and result.failed_steps == ["check: false | true"], "pipefail: a failing command inside a pipe fails the step"


def test_jobs_run_after_what_they_need_and_are_skipped_when_it_fails(tmp_path, prepared):
    path = workflow(tmp_path, """
        on: push
        jobs:
          deploy: {runs-on: ubuntu-latest, needs: [build], steps: [{run: echo deploy}]}
          build: {runs-on: ubuntu-latest, needs: lint, steps: [{run: exit 1}]}
          lint: {runs-on: ubuntu-latest, steps: [{run: echo lint}]}
    """)
    assert job_order({"deploy": {"needs": ["build"]}, "build": {"needs": "lint"}, "lint": {}}) == ["lint", "build", "deploy"]
    result = run_workflow(path, prepared, tmp_path / "jobs")
    assert [(s.job, s.outcome) for s in result.steps] == [("lint", "success"), ("build", "failure"), ("deploy", "skipped")]


@pytest.mark.parametrize(("step", "named"), [
    ({"uses": "docker://alpine"}, "docker://alpine"),
    ({"run": "echo ${{ secrets.TOKEN }}"}, "secrets.TOKEN"),
    ({"if": "github.event_name == 'push'", "run": "echo"}, "github.event_name"),
])
def test_what_it_cannot_run_is_refused_with_a_clear_message(tmp_path, prepared, step, named):
    import yaml

    path = tmp_path / "ci.yml"
    path.write_text(yaml.safe_dump({"on": "push", "jobs": {"check": {"runs-on": "ubuntu-latest", "steps": [step]}}}))
    with pytest.raises(PuenteError) as raised:
        run_workflow(path, prepared, tmp_path / "jobs")
    assert named in str(raised.value)


def test_understood_actions_are_the_documented_ones():
    import puente.workflow_steps as module

    assert all(action in module.__doc__ for action in UNDERSTOOD_ACTIONS)
