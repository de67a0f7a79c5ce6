"""`puente mutation TEST_FILE PACK`: which mutants of a pack a test file catches, for instructors.

`register(app)` adds it to the main CLI like the other feature commands; the work is in
`puente.mutation`, imported only when the command runs.
"""

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("mutation")(mutation)


def mutation(
    test_file: Annotated[Path, typer.Argument(help="The learner's test file.")],
    pack: Annotated[Path, typer.Argument(help="A pack folder: the correct <module>.py, mutants/ and equivalents/.")],
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per variant.")] = 60.0,
) -> None:
    """Print which mutants of a pack a test file catches; exit 0 only when it catches them all.

    Example: puente mutation exercises/m03_testing/test_credit_features.py tests/m03_testing/packs/credit_features
    """
    raise typer.Exit(run_mutation_command(test_file, pack, timeout))


def run_mutation_command(test_file: Path, pack: Path, timeout: float) -> int:
    from rich.console import Console

    from puente.errors import PuenteError
    from puente.mutation import explain_baseline, run_mutation_pack

    try:
        report = run_mutation_pack(test_file, pack, timeout)
    except PuenteError as error:
        Console(stderr=True).print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        return 2
    if not report.baseline.passed:
        print(explain_baseline(report, test_file.name))
        return 1
    for name, run in report.mutants.items():
        print(f"{'caught  ' if report.caught(name) else 'SURVIVED'} {name} ({run.outcome})")
    print(f"{len(report.caught_names)} of {len(report.mutants)} mutants caught")
    return 0 if not report.survived_names else 1
