"""`puente serve` and `puente score`: the scoring service on 127.0.0.1, and a CSV scored in batch.

Both use the serving module named in course.toml (`[course] serve_module`), from the reference
solution (default where solutions/ exists) or from your exercises (default in the student edition),
and the model the DVC pipeline builds in `artifacts/model/` (built with `dvc repro` if missing, by
this very interpreter, so it works without an activated venv).
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
from puente.i18n import Translator, detect_language, tr
from puente.manifest import load_manifest
from puente.paths import TREES, find_course_root

DEFAULT_MODEL_DIR = Path("artifacts/model")
console = Console(highlight=False)

TargetOption = Annotated[str | None, typer.Option("--target", help="whose code serves: solutions (the reference; default where it exists) or exercises (yours)")]
ModelOption = Annotated[Path | None, typer.Option("--model-dir", help="the model folder (default: artifacts/model, built by `dvc repro`)")]


def serve_module(root: Path) -> str:
    """The module whose code serves, from course.toml."""
    return load_manifest(root).course.serve_module


def target_dir(root: Path, target: str | None) -> Path:
    if target is None:
        target = "solutions" if (root / "solutions").is_dir() else "exercises"
    if target not in TREES:
        raise PuenteError(tr("error.serve_target", target=target, trees=", ".join(TREES)), tr("error.serve_target_fix"))
    return root / target


def ensure_model(root: Path, model_dir: Path | None) -> Path:
    """The model folder to serve; the default one is built by the DVC pipeline when it is missing."""
    if model_dir is not None:
        if not (model_dir / "model.skops").is_file():
            raise PuenteError(tr("error.serve_no_model", folder=model_dir), tr("error.serve_no_model_fix"))
        return model_dir.resolve()
    folder = root / DEFAULT_MODEL_DIR
    if not (folder / "model.skops").is_file():
        console.print(f"{DEFAULT_MODEL_DIR} is missing: building it with [bold]dvc repro[/] ...")
        result = subprocess.run(dvc_command("repro", "train"), cwd=root, env=course_env())
        if result.returncode != 0 or not (folder / "model.skops").is_file():
            raise PuenteError(tr("error.serve_not_built"), tr("error.serve_not_built_fix"))
    return folder


def course_env() -> dict[str, str]:
    """dvc.yaml runs `python -m credit_scoring...`: that `python` must be this interpreter, activated or not."""
    return {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}


def dvc_command(*args: str) -> list[str]:
    dvc = Path(sys.executable).with_name("dvc")
    return [str(dvc), *args] if dvc.exists() else [sys.executable, "-m", "dvc", *args]


def exercise_for(root: Path, module: str, file_name: str) -> str:
    return next((e.id for e in load_manifest(root).exercises_of(module) if file_name in e.files), module)


def load_target_module(tree: Path, name: str, module: str):
    """Import <module>.<name> from the chosen tree (exercises or solutions); a stub still untouched is one clear line."""
    from puente.stubs import recorded, sha256

    path = tree / module / f"{name}.py"
    if not path.is_file():
        raise PuenteError(tr("error.file_missing", path=path), tr("error.serve_file_missing_fix"))
    t = Translator(detect_language())
    exercise = exercise_for(tree.parent, module, f"{name}.py")
    if tree.name == "exercises" and recorded(tree.parent, module).get(f"{name}.py") == sha256(path.read_bytes()):
        raise PuenteError(t("serve_not_written", path=f"exercises/{module}/{name}.py", error="the stub"), t("serve_not_written_fix", exercise=exercise))
    sys.path.insert(0, str(tree))
    for loaded in [n for n in sys.modules if n == module or n.startswith(module + ".")]:
        del sys.modules[loaded]
    try:
        return importlib.import_module(f"{module}.{name}")
    except Exception as error:  # the learner's module failing at import: one line, not a traceback
        raise PuenteError(t("serve_not_written", path=f"{tree.name}/{module}/{name}.py", error=f"{type(error).__name__}: {error}"),
                          t("serve_not_written_fix", exercise=exercise)) from None


def serve(
    target: TargetOption = None,
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="the port on 127.0.0.1")] = 8000,
    model_dir: ModelOption = None,
) -> None:
    """Start the credit-scoring API (module 05) with uvicorn on 127.0.0.1; Ctrl+C stops it.

    Example: puente serve --target exercises --port 8001
    """
    import uvicorn

    root = find_course_root()
    tree = target_dir(root, target)
    module = serve_module(root)
    load_target_module(tree, "app", module)
    os.environ["PUENTE_MODEL_DIR"] = str(ensure_model(root, model_dir))
    url = f"http://127.0.0.1:{port}"
    console.print(f"Serving {tree.name}/{module} at [bold]{url}[/]  (API docs: [bold]{url}/docs[/])", soft_wrap=True)
    uvicorn.run(f"{module}.app:create_app", factory=True, host="127.0.0.1", port=port, log_level="info")


def score(
    input_csv: Annotated[Path, typer.Argument(help="a CSV with the columns of data/credit_data.csv", exists=True, dir_okay=False)],
    output_csv: Annotated[Path, typer.Argument(help="where to write the same rows plus a probability_bad column")],
    target: TargetOption = None,
    model_dir: ModelOption = None,
    chunk_size: Annotated[int, typer.Option("--chunk-size", min=1, help="rows scored per model call")] = 10_000,
) -> None:
    """Batch scoring: a CSV of applications in, the same CSV with probabilities out, in chunks.

    Example: puente score data/credit_data.csv scores.csv
    """
    from credit_scoring.model_artifact import ModelArtifactError, load_model

    root = find_course_root()
    batch = load_target_module(target_dir(root, target), "batch", serve_module(root))
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
    if total and not scored:
        module = serve_module(root)
        t = Translator(detect_language())
        raise PuenteError(t("serve_not_written", path=f"{module}/batch.py", error=f"0 of {total} rows scored"), t("serve_not_written_fix", exercise=exercise_for(root, module, "batch.py")))
    console.print(f"{scored} rows scored with model {metadata['model_version']} -> {output_csv}")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("score")(score)
