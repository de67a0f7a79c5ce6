"""Run a GitHub Actions workflow's `run:` steps on this machine: no Docker, no network, no runner.

`act` runs workflows in Docker containers and downloads action images, so it cannot run on a
learner's laptop offline or in the grading sandbox. This runner is deliberately small: it runs
the **`run:` steps only**, in order, each job in a fresh copy of a *prepared* repository (a folder
that is already checked out, with its tools installed on PATH). It is what the graded CI exercise
and `benchmarks/ci_pipeline.py` use; it is not a replacement for GitHub's runner.

What it does, like GitHub's Linux runner:
- jobs in `needs` order; steps through `bash --noprofile --norc -eo pipefail` (GitHub's default);
- `env` of the workflow, the job and the step; `working-directory` (step or `defaults.run`);
- `GITHUB_WORKSPACE`, `RUNNER_TEMP`, `CI=true`, and the files `GITHUB_ENV`, `GITHUB_PATH`,
  `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` (the job summary a reviewer reads);
- a failed step skips the rest, except steps with `if: always()` or `if: failure()`.

The `uses:` steps it understands are no-ops in a prepared copy: `actions/checkout` (the copy is
the checkout), `actions/setup-python` and `astral-sh/setup-uv` (the prepared Python is first on
PATH), `actions/cache` (the caller decides what is cached), `actions/upload-artifact`. Any other
`uses:`, a `strategy.matrix`, or an expression other than `${{ github.workspace }}`,
`${{ runner.temp }}`, `${{ runner.os }}` and `${{ env.NAME }}` stops the run with a clear error.
"""

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from puente.errors import PuenteError
from puente.i18n import tr

UNDERSTOOD_ACTIONS = ("actions/checkout", "actions/setup-python", "astral-sh/setup-uv", "actions/cache", "actions/upload-artifact")
SHELL = ("bash", "--noprofile", "--norc", "-eo", "pipefail")
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
CONDITIONS = {"always()": "always", "success()": "success", "failure()": "failure", "": "success"}
OUTPUT_TAIL = 4000


@dataclass
class StepResult:
    job: str
    name: str
    outcome: str  # success, failure, skipped, no-op
    output: str = ""
    seconds: float = 0.0


@dataclass
class WorkflowRun:
    """What happened: every step's result, each job's workspace and its job summary."""

    steps: list[StepResult] = field(default_factory=list)
    workspaces: dict[str, Path] = field(default_factory=dict)
    summaries: dict[str, str] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return not any(step.outcome == "failure" for step in self.steps)

    @property
    def failed_steps(self) -> list[str]:
        return [f"{step.job}: {step.name}" for step in self.steps if step.outcome == "failure"]

    def log(self) -> str:
        return "\n".join(f"[{step.outcome}] {step.job}: {step.name}\n{step.output}" for step in self.steps)


def load_workflow(path: Path) -> dict:
    try:
        workflow = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise PuenteError(tr("error.workflow_yaml", path=path, error=error), tr("error.workflow_yaml_fix")) from None
    if not isinstance(workflow, dict) or not isinstance(workflow.get("jobs"), dict) or not workflow["jobs"]:
        raise PuenteError(tr("error.workflow_no_jobs", path=path), tr("error.workflow_no_jobs_fix"))
    return workflow


def job_order(jobs: dict) -> list[str]:
    """Job ids so that every job comes after the jobs it `needs`."""
    ordered: list[str] = []

    def visit(job_id: str, seen: tuple[str, ...]) -> None:
        if job_id in ordered:
            return
        if job_id in seen or job_id not in jobs:
            raise PuenteError(tr("error.workflow_needs", job=seen[-1] if seen else job_id, needed=job_id), tr("error.workflow_needs_fix"))
        needs = jobs[job_id].get("needs", []) if isinstance(jobs[job_id], dict) else []
        for other in [needs] if isinstance(needs, str) else needs:
            visit(other, (*seen, job_id))
        ordered.append(job_id)

    for job_id in jobs:
        visit(job_id, ())
    return ordered


def run_workflow(workflow_path: Path, prepared: Path, scratch: Path, *, path_first: list[Path] | None = None,
                 env: dict[str, str] | None = None, step_timeout: float = 900.0) -> WorkflowRun:
    """Run every job of the workflow in its own copy of `prepared` under `scratch`; nothing is shared between jobs."""
    workflow = load_workflow(workflow_path)
    result = WorkflowRun()
    failed_jobs: set[str] = set()
    for job_id in job_order(workflow["jobs"]):
        job = workflow["jobs"][job_id] or {}
        if "strategy" in job:
            raise PuenteError(tr("error.workflow_matrix", job=job_id), tr("error.workflow_matrix_fix"))
        needs = job.get("needs", [])
        if any(n in failed_jobs for n in ([needs] if isinstance(needs, str) else needs)):
            result.steps.append(StepResult(job_id, "(job skipped: a job it needs failed)", "skipped"))
            failed_jobs.add(job_id)
            continue
        if not _run_job(job_id, job, workflow, prepared, scratch / job_id, path_first or [], env or {}, step_timeout, result):
            failed_jobs.add(job_id)
    return result


def _run_job(job_id: str, job: dict, workflow: dict, prepared: Path, folder: Path, path_first: list[Path],
             extra_env: dict[str, str], step_timeout: float, result: WorkflowRun) -> bool:
    workspace, temp = folder / "workspace", folder / "tmp"
    shutil.copytree(prepared, workspace, symlinks=True)
    temp.mkdir(parents=True)
    files = {name: temp / f"{name.lower()}.txt" for name in ("GITHUB_ENV", "GITHUB_PATH", "GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY")}
    for file in files.values():
        file.touch()
    base = {**os.environ, **extra_env, "CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(workspace),
            "RUNNER_TEMP": str(temp), "RUNNER_OS": "Linux", **{name: str(path) for name, path in files.items()}}
    declared = {**_strings(workflow.get("env")), **_strings(job.get("env"))}
    default_dir = ((job.get("defaults") or {}).get("run") or {}).get("working-directory") or ((workflow.get("defaults") or {}).get("run") or {}).get("working-directory")
    failed = False
    for number, step in enumerate(job.get("steps") or [], start=1):
        name = _step_name(step, number)
        if not _should_run(str(step.get("if", "")), failed, job_id, name):
            result.steps.append(StepResult(job_id, name, "skipped"))
            continue
        if "uses" in step:
            action = str(step["uses"]).split("@")[0]
            if action not in UNDERSTOOD_ACTIONS:
                raise PuenteError(tr("error.workflow_uses", job=job_id, step=name, action=step["uses"]),
                                  tr("error.workflow_uses_fix", actions=", ".join(UNDERSTOOD_ACTIONS)))
            result.steps.append(StepResult(job_id, name, "no-op"))
            continue
        if "run" not in step:
            raise PuenteError(tr("error.workflow_empty_step", job=job_id, number=number), tr("error.workflow_empty_step_fix"))
        env = {**base, **_read_env_file(files["GITHUB_ENV"]), **declared, **_strings(step.get("env"))}
        env["PATH"] = os.pathsep.join([*_read_lines(files["GITHUB_PATH"])[::-1], *map(str, path_first), env.get("PATH", "")])
        context = {"github.workspace": str(workspace), "runner.temp": str(temp), "runner.os": "Linux"}
        env = {key: _substitute(value, context, env, job_id, name) for key, value in env.items()}
        script = _substitute(str(step["run"]), context, env, job_id, name)
        where = workspace / _substitute(str(step.get("working-directory") or default_dir or "."), context, env, job_id, name)
        outcome = _run_script(script, where, env, step_timeout, job_id, name)
        result.steps.append(outcome)
        failed = failed or outcome.outcome == "failure"
    result.workspaces[job_id] = workspace
    result.summaries[job_id] = files["GITHUB_STEP_SUMMARY"].read_text(encoding="utf-8", errors="replace")
    return not failed


def _step_name(step: dict, number: int) -> str:
    if step.get("name") or step.get("uses"):
        return str(step.get("name") or step.get("uses"))
    lines = str(step.get("run", "")).strip().splitlines()
    return lines[0] if lines else f"step {number}"


def _run_script(script: str, where: Path, env: dict[str, str], timeout: float, job_id: str, name: str) -> StepResult:
    started = time.perf_counter()
    try:
        done = subprocess.run([*SHELL, "-c", script], cwd=where, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return StepResult(job_id, name, "failure", f"timed out after {timeout:.0f} s", time.perf_counter() - started)
    except FileNotFoundError:
        return StepResult(job_id, name, "failure", f"working-directory {where} does not exist", time.perf_counter() - started)
    output = (done.stdout + done.stderr)[-OUTPUT_TAIL:]
    return StepResult(job_id, name, "success" if done.returncode == 0 else "failure", output, time.perf_counter() - started)


def _should_run(condition: str, failed: bool, job_id: str, name: str) -> bool:
    condition = EXPRESSION.sub(r"\1", condition).strip()
    kind = CONDITIONS.get(condition)
    if kind is None:
        raise PuenteError(tr("error.workflow_if", job=job_id, step=name, condition=condition), tr("error.workflow_if_fix"))
    return kind == "always" or (kind == "failure") == failed


def _substitute(text: str, context: dict[str, str], env: dict[str, str], job_id: str, name: str) -> str:
    def value(match: re.Match) -> str:
        expression = match[1]
        if expression in context:
            return context[expression]
        if expression.startswith("env."):
            return env.get(expression[4:], "")
        raise PuenteError(tr("error.workflow_expression", job=job_id, step=name, expression="${{ " + expression + " }}"),
                          tr("error.workflow_expression_fix"))

    return EXPRESSION.sub(value, text)


def _strings(mapping: object) -> dict[str, str]:
    return {str(k): str(v) for k, v in mapping.items()} if isinstance(mapping, dict) else {}


def _read_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _read_env_file(path: Path) -> dict[str, str]:
    """NAME=value lines (the heredoc form NAME<<EOF ... EOF too), as GitHub reads $GITHUB_ENV."""
    values, lines = {}, path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, marker = line.split("<<", 1)
            end = lines.index(marker, index + 1) if marker in lines[index + 1:] else len(lines)
            values[key] = "\n".join(lines[index + 1:end])
            index = end + 1
            continue
        if "=" in line:
            key, text = line.split("=", 1)
            values[key] = text
        index += 1
    return values
