"""Grade one submission end to end, and a whole class over a process pool with a progress bar.

A submission that crashes, hangs or lies costs only its own row: every failure inside
`grade_submission` becomes a status, and the pool keeps going.
"""

import secrets
import shutil
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from puente.grading.intake import InvalidSubmission, take_in
from puente.grading.integrity import scan_notebook, scan_source
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
        # the course's own stub tree is the base: helper modules and __init__.py the manifest does
        # not name come from the course, never from the submission
        shutil.copytree(run.root / "exercises" / module, target / module, ignore=shutil.ignore_patterns("__pycache__"))
    for name in run.plan.wanted_files():
        path = target / name
        shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    intake = take_in(submission, run.plan.wanted_files(), target)
    for name in intake.missing:  # a file the learner did not hand in: the stub stands in, and fails
        source = run.root / "exercises" / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            shutil.copy2(source, target / name)
    if not intake.copied:
        raise InvalidSubmission("none of the course's files are in it (expected e.g. exercises/" + run.plan.wanted_files()[0] + ")")
    flags = _static_flags(run.plan, target, intake.copied)
    lang = run.lang if run.lang in ("en", "es") else ("es" if intake.lang == "es" else "en")

    key = secrets.token_bytes(KEY_BYTES)
    course = SANDBOX_COURSE if run.sandbox else str(stage)
    argv = pytest_argv(run.python, course, f"{course}/target", run.plan.test_files, GUARD_PLUGIN)
    command = bwrap_command(stage, run.plan.public, argv, run.limits) if run.sandbox else argv
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
            if f"{exercise.module}/{name}" not in copied:
                continue  # a stub standing in for a missing file is the course's code
            path = target / exercise.module / name
            files = [path] if path.is_file() else sorted(path.rglob("*")) if path.is_dir() else []
            for file in files:
                if file.suffix == ".py":
                    found.update(scan_source(file.read_bytes()))
                elif file.suffix == ".ipynb":
                    found.update(scan_notebook(file.read_bytes()))
        flags += [f"{exercise.id}: {flag}" for flag in sorted(found)]
    return flags


def grade_class(run: GradingRun, submissions: list[Submission], jobs: int, show_progress: bool = True) -> list[SubmissionResult]:
    """Every submission, `jobs` at a time; results in the order of `submissions`.

    If a worker process dies (killed from outside, out of memory), the pool breaks; the
    submissions it had not finished are graded again once in a fresh pool before any of them
    is marked `grader-error`.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    results: dict[int, SubmissionResult] = {}
    columns = [TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}")]
    with Progress(*columns, disable=not show_progress, transient=False) as progress:
        task = progress.add_task("", total=len(submissions))
        pending = list(range(len(submissions)))
        for attempt in (1, 2):
            broken: list[int] = []
            with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
                futures = {pool.submit(grade_submission, run, i, submissions[i]): i for i in pending}
                for future in as_completed(futures):
                    index = futures[future]
                    try:
                        results[index] = future.result()
                    except BrokenProcessPool:
                        if attempt == 1:
                            broken.append(index)
                            continue
                        results[index] = _zero(run, submissions[index], f"{GRADER_ERROR}: the grading worker died twice")
                    except Exception as error:
                        results[index] = _zero(run, submissions[index], f"{GRADER_ERROR}: {type(error).__name__}: {error}")
                    progress.update(task, advance=1, description=f"{submissions[index].student}: {results[index].status[:40]}")
            pending = sorted(broken)
            if not pending:
                break
    return [results[i] for i in range(len(submissions))]
