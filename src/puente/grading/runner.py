"""Grade one submission end to end, and a whole class over a process pool with a progress bar.

A submission that crashes, hangs or lies costs only its own row: every failure inside
`grade_submission` becomes a status, and the pool keeps going. Never a silent loss: when a run
stops early (a test past its hard stop, a crash, a kill) the tests after the one that stopped are
run again in a fresh sandbox, the lost test is named with its cause, and the status says
`incomplete: ...`; every submission that is not `graded` is graded once more, alone, at the end.
"""

import secrets
import shutil
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from puente.grading.intake import InvalidSubmission, take_in
from puente.grading.integrity import BLOCKING, WHOLE_RUN, scan_notebook, scan_source
from puente.grading.limits import Limits, load_factor
from puente.grading.model import GRADED, GRADER_ERROR, INCOMPLETE, INVALID, TIMEOUT, Submission, SubmissionResult
from puente.grading.plan import TestPlan, clean_env, pytest_argv
from puente.grading.report_channel import KEY_BYTES, read_signed
from puente.grading.sandbox import SANDBOX_COURSE, bwrap_command, run_sandboxed
from puente.grading.scoring import exercise_scores, outcomes

GUARD_PLUGIN = ["-p", "puente.grading.guard_plugin", "--continue-on-collection-errors", "-p", "no:faulthandler"]
HARD_AFTER = 10.0  # seconds past the soft wall limit of a test when the hard stop ends the interpreter
MAX_RESUMES = 5  # fresh runs after stops, per submission: each one costs the test that stopped


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
    jobs: int = 1  # submissions graded at once: wall limits scale with it and with the machine's load


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

    session = _run_tests(run, stage)
    if session.forged:
        flags.append(f"submission: forged-report ({session.forged} unsigned lines on the report channel)")
    tampered = sorted({name for r in session.records for name in r.get("tampered") or []})
    if tampered:
        flags.append(f"submission: runtime-tampering ({', '.join(tampered[:3])})")
    tests = outcomes(run.plan, session.records, session.timed_out, session.timeout, intake.missing, session.lost)
    scores = exercise_scores(run.plan, tests, flags, run.keep_flagged)
    status = TIMEOUT if session.timed_out else (f"{INCOMPLETE}: {session.why}" if session.why else GRADED)
    if session.timed_out:
        status = f"{TIMEOUT}: the run passed its limit of {session.timeout:g} s" + (f" at {session.at}" if session.at else "")
    return SubmissionResult(submission.student, status, scores, tests, flags, lang, log=session.log)


@dataclass
class Session:
    """Everything the sandboxed runs of one submission reported, and what was lost on the way."""

    records: list[dict] = field(default_factory=list)
    forged: int = 0
    lost: dict[str, str] = field(default_factory=dict)  # nodeid -> why it has no result
    timed_out: bool = False
    timeout: float = 0.0
    why: str = ""  # set when results were lost: the `incomplete:` status text
    at: str = ""
    log: str = ""


def _run_tests(run: GradingRun, stage: Path) -> Session:
    """Run the trusted tests in the sandbox; after an early stop, run the tests still owed in a fresh one."""
    factor = load_factor(run.jobs)
    cpu, wall = run.test_timeout, run.test_timeout * 2 * factor
    guard = f"{cpu:g}:{wall:g}:{wall + HARD_AFTER:g}:{0 if run.sandbox is False else run.limits.processes}"
    session = Session(timeout=round(run.timeout * factor, 1))
    course = SANDBOX_COURSE if run.sandbox else str(stage)
    deadline = time.monotonic() + session.timeout
    targets = list(run.plan.test_files)
    started = time.monotonic()
    for _ in range(MAX_RESUMES + 1):
        key = secrets.token_bytes(KEY_BYTES)
        argv = pytest_argv(run.python, course, f"{course}/target", targets, GUARD_PLUGIN)
        command = bwrap_command(stage, run.plan.public, argv, run.limits) if run.sandbox else argv
        log_path = stage.parent / f"{stage.name}.log"
        outcome = run_sandboxed(
            command, clean_env(course), Path("/tmp") if run.sandbox else stage, key, guard,
            max(1.0, deadline - time.monotonic()), run.limits, f"puente-{stage.name}-{secrets.token_hex(4)}", log_path,
        )
        log_path.unlink(missing_ok=True)
        session.log += outcome.log
        records, forged = read_signed(key, outcome.report)
        session.records += records
        session.forged += forged
        reported = {r.get("nodeid") for r in session.records if r.get("kind") == "test"}
        begun = [r.get("nodeid") for r in records if r.get("kind") == "start"]
        stuck = begun[-1] if begun and begun[-1] not in reported else ""
        if outcome.timed_out:
            session.timed_out, session.at = True, stuck
            return session
        if any(r.get("kind") == "end" for r in records) or not stuck:
            if not any(r.get("kind") == "end" for r in records) and not session.why:
                session.why = f"the run stopped after {time.monotonic() - started:.0f} s before any test ({_cause(outcome, wall + HARD_AFTER)})"
            return session
        cause = _cause(outcome, wall + HARD_AFTER)
        session.lost[stuck] = f"this test stopped the run ({cause}); the tests after it ran again"
        if not session.why:
            session.why = f"the run stopped after {time.monotonic() - started:.0f} s at {stuck.rsplit('::', 1)[-1]} ({cause})"
        targets = [n for n in run.plan.expected if n not in reported and n not in session.lost]
        if not targets:
            return session
    return session


def _cause(outcome, hard: float) -> str:
    """Why a sandboxed run ended without its final record, in words for the instructor."""
    if outcome.out_of_memory:
        return "the submission's memory budget was used up"
    if "Timeout (0:" in outcome.log or (outcome.returncode == 1 and outcome.silent_seconds >= hard - 2):
        return "a test passed its hard time limit"
    if outcome.returncode is not None and outcome.returncode < 0:
        return f"killed by signal {-outcome.returncode}"
    return f"the interpreter exited with code {outcome.returncode}"


def _static_flags(plan: TestPlan, target: Path, copied: list[str]) -> list[str]:
    flags = []
    for exercise in plan.exercises:
        found: set[str] = set()
        for relative in dict.fromkeys(f"{e.module}/{name}" for e in plan.code_of(exercise) for name in e.files):
            if relative not in copied:
                continue  # a stub standing in for a missing file is the course's code
            path = target / relative
            files = [path] if path.is_file() else sorted(path.rglob("*")) if path.is_dir() else []
            for file in files:
                if file.suffix == ".py":
                    found.update(scan_source(file.read_bytes(), test_file=file.name.startswith("test_")))
                elif file.suffix == ".ipynb":
                    found.update(scan_notebook(file.read_bytes()))
        found -= set(exercise.expected_notes) - BLOCKING
        flags += [f"{exercise.id}: {flag}" for flag in sorted(found - WHOLE_RUN)]
        flags += [f"submission: {flag} (in {exercise.id})" for flag in sorted(found & WHOLE_RUN)]
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
        again = [i for i in sorted(results) if needs_regrade(results[i])]
        if again:
            progress.update(task, total=len(submissions) + len(again))
        alone = replace(run, jobs=1)
        for index in again:  # once more, alone: the machine's other work may have cost it the first time
            with ProcessPoolExecutor(max_workers=1) as pool:
                try:
                    retried = pool.submit(grade_submission, alone, index, submissions[index]).result()
                except Exception as error:
                    retried = _zero(run, submissions[index], f"{GRADER_ERROR}: {type(error).__name__}: {error}")
            retried.retried = True
            results[index] = retried
            progress.update(task, advance=1, description=f"{submissions[index].student} (alone): {retried.status[:40]}")
    return [results[i] for i in range(len(submissions))]


def needs_regrade(result: SubmissionResult) -> bool:
    """Runs that lost results or hit the whole-run limit (or the grader's own failure) get a second, lone try."""
    return result.status.startswith((INCOMPLETE, TIMEOUT, GRADER_ERROR))
