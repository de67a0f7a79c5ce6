"""`puente grade`, the body: find the course, stage the trusted tests, choose the sandbox, grade, write."""

import contextlib
import json
import os
import signal
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

from puente.errors import INTERRUPTED, PuenteError
from puente.grading.intake import discover
from puente.grading.limits import Limits
from puente.grading.outputs import write_outputs
from puente.grading.plan import TestPlan, build_plan, choose_exercises
from puente.grading.runner import GradingRun, grade_class
from puente.grading.sandbox import bwrap_works
from puente.grading.shards import in_shard, load_runs, parse_shard, save_run
from puente.i18n import Translator, command_language
from puente.manifest import load_manifest
from puente.paths import find_course_root

NO_SANDBOX = (
    "WARNING: no sandbox ({why}). Submissions run with resource limits, a clean environment and "
    "trusted tests, but they can read your files and reach the network. Grade untrusted work on "
    "Linux with bubblewrap installed."
)


def run_grade(
    submissions: Path, out: Path, jobs: int, tests: Path | None, timeout: float, test_timeout: float, only: list[str],
    lang: str, keep_flagged: bool, no_sandbox: bool, expected_ids: Path | None, quiet: bool, shard: str | None = None,
) -> int:
    console = Console(stderr=True)
    try:
        part = parse_shard(shard) if shard else None
        return _grade(console, submissions, out, jobs, tests, timeout, test_timeout, only, lang, keep_flagged, no_sandbox,
                      expected_ids, quiet, part)
    except PuenteError as error:
        console.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        return 2
    except KeyboardInterrupt:  # the gradebook is written only once every submission is graded
        console.print(f"[yellow]{Translator(command_language())('interrupted')}[/]", highlight=False)
        return INTERRUPTED


def run_merge(outs: list[Path], out: Path, quiet: bool) -> int:
    """`puente grade merge OUT1 OUT2 ... --out OUT`: one gradebook from the shards, as one run would write it."""
    console = Console(stderr=True)
    try:
        if not outs:
            raise PuenteError("no shard folders to merge", "give the --out folder of every shard: puente grade merge out1 out2 --out graded")
        run, results = load_runs(outs)
        root = find_course_root()
        manifest = load_manifest(root)
        plan = TestPlan(choose_exercises(manifest, run["only"]), Path(), [], dict(run["expected"]), set(run["hidden"]))
        with _written_whole():
            summary = write_outputs(out, plan, results, manifest.course.title)
            _finish(out, summary, run["isolation"], plan, results, run["only"], None, list(range(len(results))), len(results))
    except PuenteError as error:
        console.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        return 2
    if not quiet:
        _print_table(console, results, summary)
    console.print(f"merged {len(outs)} shards, {len(results)} submissions, into {out}", highlight=False)
    return 0


def _finish(out: Path, summary: dict, isolation: str, plan: TestPlan, results, only, shard, indices, size: int) -> None:
    """The summary's isolation line, and run.json for a later `puente grade merge`."""
    summary["isolation"] = isolation
    (out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    save_run(out, only, plan.expected, plan.hidden, size, shard, indices, results, isolation)


@contextlib.contextmanager
def _written_whole():
    """Ctrl+C waits while the outputs are written (a moment): a gradebook is there whole or not at all."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _check_inputs(submissions: Path, out: Path, tests: Path | None, lang: str) -> None:
    if not submissions.is_dir():
        raise PuenteError(f"{submissions} is not a folder of submissions", "pass the folder that holds one folder or .zip per student")
    if out.resolve().is_relative_to(submissions.resolve()):
        raise PuenteError(f"--out {out} is inside {submissions}", "write the results somewhere else, e.g. --out graded/")
    if tests is not None and not tests.is_dir():
        raise PuenteError(f"--tests {tests} is not a folder", "give the hidden test pack's folder: PACK/<module>/test_<exercise>.py")
    if lang not in ("auto", "en", "es"):
        raise PuenteError(f"--lang {lang} is not a language the feedback speaks", "use --lang auto, en or es")


def _isolation(no_sandbox: bool) -> tuple[bool, str]:
    if no_sandbox:
        return False, "--no-sandbox was given"
    if not sys.platform.startswith("linux"):
        return False, f"bubblewrap needs Linux; this is {sys.platform}"
    ok, why = bwrap_works()
    return ok, why


def _grade(console, submissions, out, jobs, tests, timeout, test_timeout, only, lang, keep_flagged, no_sandbox, expected_ids, quiet,
           shard=None) -> int:
    _check_inputs(submissions, out, tests, lang)
    root = find_course_root()
    manifest = load_manifest(root)
    exercises = choose_exercises(manifest, only)
    everyone = discover(submissions)
    if not everyone:
        raise PuenteError(f"{submissions} holds no submissions", "put one folder or .zip per student in it")
    indices = [i for i in range(len(everyone)) if in_shard(i, shard)]
    entries = [everyone[i] for i in indices]
    sandbox, why = _isolation(no_sandbox)
    isolation = "bubblewrap" if sandbox else f"none: {why}"
    if not sandbox:
        console.print(NO_SANDBOX.format(why=why), style="bold yellow", highlight=False)
    expected = json.loads(expected_ids.read_text(encoding="utf-8")) if expected_ids else None
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    with tempfile.TemporaryDirectory(prefix="puente-grade-") as work:
        workdir = Path(work)
        os.chmod(workdir, 0o755)
        plan = build_plan(root, exercises, tests, workdir, expected, private=tuple(p for p in (submissions, out, tests) if p),
                          staged=manifest.with_foundations(exercises))
        limits = Limits(cpu_seconds=int(timeout) + 10)
        run = GradingRun(root, plan, sys.executable, sandbox, workdir, timeout, test_timeout, limits, lang, keep_flagged, jobs)
        results = grade_class(run, entries, jobs, show_progress=not quiet)
        with _written_whole():
            summary = write_outputs(out, plan, results, manifest.course.title)
            _finish(out, summary, isolation, plan, results, only, shard, indices, len(everyone))
    if not quiet:
        _print_table(console, results, summary)
    console.print(f"graded {len(results)} submissions into {out} (isolation: {isolation})", highlight=False)
    return 0


def _print_table(console: Console, results, summary: dict) -> None:
    table = Table("student", "score", "status", "flags")
    for result in results:
        table.add_row(result.student, f"{result.score:g}/{summary['max_score']}", result.status, "; ".join(result.flags)[:80])
    console.print(table)
    console.print(
        f"mean {summary['mean']:g}, median {summary['median']:g}; hardest: {', '.join(summary['hardest'])}; "
        f"summary in summary.md and histogram.png",
        highlight=False,
    )
