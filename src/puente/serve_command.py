"""`puente serve` and `puente score`: the scoring service on 127.0.0.1, and a CSV scored in batch.

Both use module 05's code from the reference solution (default) or from your exercises, and
the model the DVC pipeline builds in `artifacts/model/` (built with `dvc repro` if missing).
"""

import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from puente.errors import PuenteError
from puente.paths import TREES, find_course_root

MODULE = "m05_serving"
DEFAULT_MODEL_DIR = Path("artifacts/model")
console = Console(highlight=False)

TargetOption = Annotated[str, typer.Option("--target", help="whose code serves: solutions (the reference) or exercises (yours)")]
ModelOption = Annotated[Path | None, typer.Option("--model-dir", help="the model folder (default: artifacts/model, built by `dvc repro`)")]


def target_dir(root: Path, target: str) -> Path:
    if target not in TREES:
        raise PuenteError(f"--target {target} is not one of {', '.join(TREES)}", "use --target solutions or --target exercises")
    return root / target


def ensure_model(root: Path, model_dir: Path | None) -> Path:
    """The model folder to serve; the default one is built by the DVC pipeline when it is missing."""
    if model_dir is not None:
        if not (model_dir / "model.skops").is_file():
            raise PuenteError(f"{model_dir} holds no model.skops", "pass a folder written by `dvc repro` (artifacts/model)")
        return model_dir.resolve()
    folder = root / DEFAULT_MODEL_DIR
    if not (folder / "model.skops").is_file():
        console.print(f"{DEFAULT_MODEL_DIR} is missing: building it with [bold]dvc repro[/] ...")
        dvc = Path(sys.executable).with_name("dvc")
        result = subprocess.run([str(dvc) if dvc.exists() else "dvc", "repro", "train"], cwd=root)
        if result.returncode != 0 or not (folder / "model.skops").is_file():
            raise PuenteError("`dvc repro train` did not build artifacts/model", "run `dvc repro` and read its error")
    return folder


def load_target_module(tree: Path, name: str):
    """Import m05_serving.<name> from the chosen tree (exercises or solutions), not from anywhere else."""
    sys.path.insert(0, str(tree))
    for loaded in [n for n in sys.modules if n == MODULE or n.startswith(MODULE + ".")]:
        del sys.modules[loaded]
    return importlib.import_module(f"{MODULE}.{name}")


def serve(
    target: TargetOption = "solutions",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="the port on 127.0.0.1")] = 8000,
    model_dir: ModelOption = None,
) -> None:
    """Start the credit-scoring API (module 05) with uvicorn on 127.0.0.1; Ctrl+C stops it.

    Example: puente serve --target exercises --port 8001
    """
    import uvicorn

    root = find_course_root()
    tree = target_dir(root, target)
    os.environ["PUENTE_MODEL_DIR"] = str(ensure_model(root, model_dir))
    load_target_module(tree, "app")
    url = f"http://127.0.0.1:{port}"
    console.print(f"Serving {target}/{MODULE} at [bold]{url}[/]  (API docs: [bold]{url}/docs[/])", soft_wrap=True)
    uvicorn.run(f"{MODULE}.app:create_app", factory=True, host="127.0.0.1", port=port, log_level="info")


def score(
    input_csv: Annotated[Path, typer.Argument(help="a CSV with the columns of data/credit_data.csv", exists=True, dir_okay=False)],
    output_csv: Annotated[Path, typer.Argument(help="where to write the same rows plus a probability_bad column")],
    target: TargetOption = "solutions",
    model_dir: ModelOption = None,
    chunk_size: Annotated[int, typer.Option("--chunk-size", min=1, help="rows scored per model call")] = 10_000,
) -> None:
    """Batch scoring: a CSV of applications in, the same CSV with probabilities out, in chunks.

    Example: puente score data/credit_data.csv scores.csv
    """
    from credit_scoring.model_artifact import ModelArtifactError, load_model

    root = find_course_root()
    batch = load_target_module(target_dir(root, target), "batch")
    try:
        model, metadata = load_model(ensure_model(root, model_dir))
    except ModelArtifactError as error:
        raise PuenteError(str(error)) from error
    with open(input_csv, "rb") as lines:
        total = max(sum(1 for _ in lines) - 1, 0)
    columns = [TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TextColumn("rows"), TimeRemainingColumn()]
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("scoring", total=total)
        try:
            scored = batch.score_csv(model, input_csv, output_csv, chunk_size, lambda rows: progress.advance(task, rows))
        except ValueError as error:
            raise PuenteError(f"{input_csv}: {error}") from error
    console.print(f"{scored} rows scored with model {metadata['model_version']} -> {output_csv}")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("score")(score)
