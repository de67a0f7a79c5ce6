"""Run the learner's scoring notebook for real: a copy in a fresh folder, a fresh kernel, nbclient.

The copy's params.yaml is pointed at the course data (only its `data` entry changes), the kernel
imports the target tree (PYTHONPATH), and a last probe cell reports what the notebook defined
inline and where `m01_notebooks.features` came from. Runs are shared by the tests of a session.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
import yaml
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from puente.i18n import say
from puente.notebooks import execute

NOTEBOOK = "scoring.ipynb"
PARAMS = "params.yaml"
PROBE_MARK = "PUENTE-PROBE "
PROBE = f"""import inspect as _inspect, json as _json, sys as _sys
print({PROBE_MARK!r} + _json.dumps({{
    "inline_functions": sorted(n for n, v in list(globals().items()) if _inspect.isfunction(v) and v.__module__ == "__main__" and not n.startswith("_")),
    "features_file": getattr(_sys.modules.get("m01_notebooks.features"), "__file__", None),
}}))"""


@dataclass
class NotebookRun:
    folder: Path
    error: str | None
    metrics: dict | None
    probe: dict | None

    def require_success(self, before: str = "") -> None:
        """Fail with the notebook's own error: the first thing the learner must fix."""
        if self.error:
            pytest.fail(before + say(en="{notebook} does not run top to bottom in a fresh kernel; it stopped {error}",
                                     es="{notebook} no corre de principio a fin en un kernel nuevo; se detuvo {error}",
                                     notebook=NOTEBOOK, error=self.error), pytrace=False)


def read_notebook(path: Path) -> nbformat.NotebookNode:
    if not path.is_file():
        pytest.fail(say(en="{name} is missing from {folder}", es="falta {name} en {folder}", name=path.name, folder=path.parent), pytrace=False)
    return nbformat.read(path, as_version=4)


def run_scoring_notebook(target_dir: Path, folder: Path, data_path: Path) -> NotebookRun:
    """Copy the notebook and its params into `folder`, run it top to bottom in a fresh kernel."""
    source = target_dir / "m01_notebooks"
    notebook = read_notebook(source / NOTEBOOK)
    params = yaml.safe_load((source / PARAMS).read_text(encoding="utf-8")) if (source / PARAMS).is_file() else None
    if not isinstance(params, dict) or "data" not in params:
        pytest.fail(say(en="{params} needs a `data:` entry with the path of credit_data.csv",
                        es="{params} necesita una entrada `data:` con la ruta de credit_data.csv", params=PARAMS), pytrace=False)
    params["data"] = str(data_path)
    (folder / PARAMS).write_text(yaml.safe_dump(params), encoding="utf-8")
    notebook.cells.append(nbformat.v4.new_code_cell(PROBE))
    client = NotebookClient(notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(folder)}})
    error = None
    try:
        execute(client, env={**os.environ, "PYTHONPATH": str(target_dir)})
    except CellExecutionError as failure:
        error = say(en="at {cell} with {name}: {value}", es="en {cell} con {name}: {value}", cell=failed_cell(notebook), name=failure.ename, value=failure.evalue)
    metrics_file = folder / "metrics.json"
    metrics = json.loads(metrics_file.read_text(encoding="utf-8")) if metrics_file.is_file() and error is None else None
    return NotebookRun(folder, error, metrics, None if error else read_probe(notebook))


def failed_cell(notebook: nbformat.NotebookNode) -> str:
    for number, cell in enumerate(notebook.cells, start=1):
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            first_line = next((line for line in cell.source.splitlines() if line.strip() and not line.startswith("#")), "")
            return say(en="cell {number} (`{line}`)", es="la celda {number} (`{line}`)", number=number, line=first_line.strip()[:70])
    return say(en="a cell", es="una celda")



def read_probe(notebook: nbformat.NotebookNode) -> dict | None:
    for output in notebook.cells[-1].get("outputs", []):
        for line in output.get("text", "").splitlines():
            if line.startswith(PROBE_MARK):
                return json.loads(line.removeprefix(PROBE_MARK))
    return None


@pytest.fixture(scope="session")
def scoring_runs(target_dir, credit_data_path, tmp_path_factory):
    """`scoring_runs(n)`: the first n runs of the notebook, each in its own fresh kernel (cached)."""
    runs: list[NotebookRun] = []

    def get(count: int) -> list[NotebookRun]:
        while len(runs) < count:
            if runs and runs[0].error:  # a notebook that fails once is not run again
                return [runs[0]] * count
            folder = tmp_path_factory.mktemp(f"scoring_run{len(runs) + 1}")
            runs.append(run_scoring_notebook(target_dir, folder, credit_data_path))
        return runs[:count]

    return get
