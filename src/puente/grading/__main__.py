"""`python -m puente.grading grade ...`: the grader without the rest of the CLI (Gradescope, Classroom)."""

from pathlib import Path

import typer

from puente.grading.commands import register

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Puente's grader.")
register(app)


@app.command("classroom-payload")
def classroom_payload(results: Path) -> None:
    """Print `result=<base64>` for GitHub Classroom's grading reporter from a results.json.

    Example: python -m puente.grading classroom-payload out/alice/results.json >> "$GITHUB_OUTPUT"
    """
    import json

    from puente.grading.gradescope import classroom_payload as payload

    print("result=" + payload(json.loads(results.read_text(encoding="utf-8"))))


if __name__ == "__main__":
    app()
