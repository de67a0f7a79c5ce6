"""Grade one submission end to end, and a whole class over a process pool with a progress bar.

A submission that crashes, hangs or lies costs only its own row: every failure inside
`grade_submission` becomes a status, and the pool keeps going.
"""

import secrets
import shutil
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from puente.grading.intake import InvalidSubmission, take_in
from puente.grading.integrity import scan_source
from puente.grading.limits import Limits
from puente.grading.model import GRADED, GRADER_ERROR, INVALID, TIMEOUT, Submission, SubmissionResult
from puente.grading.plan import TestPlan, clean_env, pytest_argv
from puente.grading.report_channel import KEY_BYTES, read_signed
from puente.grading.sandbox import SANDBOX_COURSE, bwrap_command, run_sandboxed
from puente.grading.scoring import exercise_scores, outcomes

GUARD_PLUGIN = ["-p", "puente.grading.guard_plugin", "--continue-on-collection-errors", "-p", "no:faulthandler"]


@dataclass(frozen=True)
class GradingRun:
    root: Path
    plan: TestPlan
    python: str
    sandbox: bool  # bubblewrap; False is the warned fallback (limits and a clean environment only)
    workdir: Path
    timeout: float = 120.0
    test_timeout: float = 30.0
    limits: Limits = field(default_factory=Limits)
    lang: str = "auto"
    keep_flagged: bool = False


def grade_submission(run: GradingRun, index: int, submission: Submission) -> SubmissionResult:
    """Never raises: whatever happens becomes the submission's status."""
    started = time.perf_counter()
    stage = run.workdir / f"s{index:04d}"
    try:
        result = _grade(run, submission, stage)
    except InvalidSubmission as why:
        result = _zero(run, submission, f"{INVALID}: {why}")
    except Exception as error:  # the grader's own bug must not cost the rest of the class
        result = _zero(run, submission, f"{GRADER_ERROR}: {type(error).__name__}: {error}")
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    result.seconds = round(time.perf_counter() - started, 2)
    return result


def _zero(run: GradingRun, submission: Submission, status: str) -> SubmissionResult:
    lang = run.lang if run.lang in ("en", "es") else "en"
    return SubmissionResult(submission.student, status, {e.id: 0.0 for e in run.plan.exercises}, lang=lang)


def _grade(run: GradingRun, submission: Submission, stage: Path) -> SubmissionResult:
    shutil.copytree(run.plan.proto, stage, symlinks=True)
    target = stage / "target"
    for module in run.plan.modules:
        (target / module).mkdir(parents=True)
        trusted_init = run.root / "exercises" / module / "__init__.py"
        (target / module / "__init__.py").write_bytes(trusted_init.read_bytes() if trusted_init.is_file() else b"")
    intake = take_in(submission, run.plan.wanted_files(), target)
    if not intake.copied:
        raise InvalidSubmission("none of the course's files are in it (expected e.g. exercises/" + run.plan.wanted_files()[0] + ")")
    flags = _static_flags(run.plan, target, intake.copied)
    lang = run.lang if run.lang in ("en", "es") else ("es" if intake.lang == "es" else "en")

    key = secrets.token_bytes(KEY_BYTES)
    course = SANDBOX_COURSE if run.sandbox else str(stage)
    argv = pytest_argv(run.python, course, f"{course}/target", run.plan.test_files, GUARD_PLUGIN)
    data = (run.root / "data").resolve()
    command = bwrap_command(stage, [data], argv, run.limits) if run.sandbox else argv
    log_path = stage.parent / f"{stage.name}.log"
    outcome = run_sandboxed(
        command, clean_env(course), Path("/tmp") if run.sandbox else stage, key, run.test_timeout,
        run.timeout, run.limits, f"puente-{stage.name}-{secrets.token_hex(4)}", log_path,
    )
    log_path.unlink(missing_ok=True)
    records, forged = read_signed(key, outcome.report)
    if forged:
        flags.append(f"submission: forged-report ({forged} unsigned lines on the report channel)")
    tampered = sorted({name for r in records for name in r.get("tampered") or []})
    if tampered:
        flags.append(f"submission: runtime-tampering ({', '.join(tampered[:3])})")
    tests = outcomes(run.plan, records, outcome.timed_out, run.timeout, intake.missing)
    scores = exercise_scores(run.plan, tests, flags, run.keep_flagged)
    status = TIMEOUT if outcome.timed_out else GRADED
    return SubmissionResult(submission.student, status, scores, tests, flags, lang, log=outcome.log)


def _static_flags(plan: TestPlan, target: Path, copied: list[str]) -> list[str]:
    flags = []
    for exercise in plan.exercises:
        found: set[str] = set()
        for name in exercise.files:
            path = target / exercise.module / name
            files = [path] if path.is_file() else sorted(path.rglob("*.py")) if path.is_dir() else []
            for file in files:
                if file.suffix == ".py":
                    found.update(scan_source(file.read_bytes()))
        flags += [f"{exercise.id}: {flag}" for flag in sorted(found)]
    return flags


def grade_class(run: GradingRun, submissions: list[Submission], jobs: int, show_progress: bool = True) -> list[SubmissionResult]:
    """Every submission, `jobs` at a time; results in the order of `submissions`."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    results: dict[int, SubmissionResult] = {}
    columns = [TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}")]
    with Progress(*columns, disable=not show_progress, transient=False) as progress:
        task = progress.add_task("", total=len(submissions))
        with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = {pool.submit(grade_submission, run, i, s): i for i, s in enumerate(submissions)}
            for future in as_completed(futures):
                index = futures[future]
                try:
                    results[index] = future.result()
                except Exception as error:  # a worker that died (killed, out of memory)
                    results[index] = _zero(run, submissions[index], f"{GRADER_ERROR}: worker failed: {error}")
                progress.update(task, advance=1, description=f"{submissions[index].student}: {results[index].status[:40]}")
    return [results[i] for i in range(len(submissions))]
