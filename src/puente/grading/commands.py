"""The instructor's commands: `puente grade` and `puente gradescope-bundle`.

`register(app)` adds them to the main CLI. Heavy imports stay inside the functions so that
learner commands such as `puente check` start fast.
"""

from pathlib import Path
from typing import Annotated

import typer

SUBMISSIONS_HELP = "Folder whose entries (folders or .zip files) are submissions; each entry's name is the student id."


def register(app: typer.Typer) -> None:
    app.command("grade")(grade)
    app.command("gradescope-bundle")(gradescope_bundle)


def grade(
    submissions: Annotated[list[Path], typer.Argument(help=SUBMISSIONS_HELP + " Or `merge OUT1 OUT2 ...`: join shards.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for grades.csv, per-student results and the class summary.")],
    jobs: Annotated[int, typer.Option("--jobs", help="Submissions graded at once (default: every core).")] = 0,
    tests: Annotated[Path | None, typer.Option("--tests", help="Hidden test pack: PACK/<module>/test_<exercise>[__name].py.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds one submission may run in all.")] = 300.0,
    test_timeout: Annotated[float, typer.Option("--test-timeout", help="Seconds one test may run.")] = 30.0,
    only: Annotated[list[str] | None, typer.Option("--only", help="Grade only this module or exercise (repeatable).")] = None,
    lang: Annotated[str, typer.Option("--lang", help="Feedback language: auto (es when the submission holds .puente-lang with es), en or es.")] = "auto",
    keep_flagged_scores: Annotated[bool, typer.Option("--keep-flagged-scores", help="Do not hold flagged exercises at zero.")] = False,
    no_sandbox: Annotated[bool, typer.Option("--no-sandbox", help="Skip bubblewrap even where it works (NOT for untrusted code).")] = False,
    expected_ids: Annotated[Path | None, typer.Option("--expected-ids", help="JSON of expected test ids (written by gradescope-bundle).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar and no table.")] = False,
    shard: Annotated[str | None, typer.Option("--shard", help="Grade slice K of N of the class (K/N), for `grade merge`.")] = None,
) -> None:
    """Grade every submission of a class in a sandbox, in parallel, into an LMS-ready gradebook.

    Example: puente grade downloads/ --out graded/ --tests hidden-tests/ --timeout 120

    A class over several machines: `puente grade downloads/ --shard 1/2 --out part1/` on one,
    `--shard 2/2 --out part2/` on another, then `puente grade merge part1/ part2/ --out graded/`.
    """
    if len(submissions) > 1 and str(submissions[0]) == "merge":
        from puente.grading.grade_command import run_merge

        raise typer.Exit(run_merge(submissions[1:], out, quiet))
    if len(submissions) != 1:
        typer.echo("error: give one SUBMISSIONS folder (or `merge OUT1 OUT2 ...`)", err=True)
        raise typer.Exit(2)
    from puente.grading.grade_command import run_grade

    raise typer.Exit(run_grade(
        submissions[0], out, jobs, tests, timeout, test_timeout, only or [], lang, keep_flagged_scores, no_sandbox, expected_ids,
        quiet, shard,
    ))


def gradescope_bundle(
    out: Annotated[Path, typer.Option("--out", help="The autograder zip to write.")] = Path("autograder.zip"),
    tests: Annotated[Path | None, typer.Option("--tests", help="Hidden test pack to ship inside the bundle.")] = None,
    only: Annotated[list[str] | None, typer.Option("--only", help="Grade only this module or exercise (repeatable).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds one submission may run in all.")] = 300.0,
    test_timeout: Annotated[float, typer.Option("--test-timeout", help="Seconds one test may run.")] = 30.0,
) -> None:
    """Build a Gradescope autograder zip (setup.sh, run_autograder, the trusted course) from the manifest.

    Example: puente gradescope-bundle --out autograder.zip --only m00_welcome --tests hidden-tests/
    """
    from puente.grading.bundle import run_bundle

    raise typer.Exit(run_bundle(out, tests, only or [], timeout, test_timeout))
