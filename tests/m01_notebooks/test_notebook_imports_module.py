"""Exercise notebook_imports_module: the notebook imports its cleaning from m01_notebooks.features and still runs."""

import ast
from pathlib import Path

import nbformat
import pytest

from puente.i18n import say

FEATURES_MODULE = "m01_notebooks.features"


def code_cells(target_dir: Path) -> list[ast.Module]:
    """Each code cell as Python syntax; IPython's `%magic` and `!shell` lines are left out."""
    notebook = nbformat.read(target_dir / "m01_notebooks" / "scoring.ipynb", as_version=4)
    trees = []
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "code":
            continue
        source = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!")))
        try:
            trees.append(ast.parse(source))
        except SyntaxError as error:
            raise AssertionError(say(en="cell {number} of scoring.ipynb is not valid Python: {error}",
                                     es="la celda {number} de scoring.ipynb no es Python válido: {error}", number=number, error=error)) from None
    return trees


def imports_features(tree: ast.Module) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == FEATURES_MODULE:
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "m01_notebooks" and any(a.name == "features" for a in node.names):
            return True
        if isinstance(node, ast.Import) and any(alias.name == FEATURES_MODULE for alias in node.names):
            return True
    return False


def test_code_cells_import_features_instead_of_defining_them(target_dir):
    trees = code_cells(target_dir)
    defined = [node.name for tree in trees for node in ast.walk(tree)
               if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    assert any(imports_features(tree) for tree in trees), (
        say(en="no code cell imports the cleaning: add `from m01_notebooks.features import fit_features, target, transform_features`",
            es="ninguna celda de código importa la limpieza: agregue `from m01_notebooks.features import fit_features, target, transform_features`")
    )
    assert defined == [], say(en="the notebook still defines {defined} inline: keep them in features.py and import them",
                             es="el cuaderno todavía define {defined} en sus celdas: déjelas en features.py e impórtelas", defined=defined)


@pytest.mark.slow
def test_notebook_still_runs_on_the_module(scoring_runs, target_dir):
    (run,) = scoring_runs(1)
    run.require_success()
    assert run.probe is not None, say(en="the notebook ran, but its last cell never finished", es="el cuaderno corrió, pero su última celda nunca terminó")
    features_file = run.probe["features_file"]
    expected = target_dir / "m01_notebooks" / "features.py"
    assert features_file is not None and Path(features_file).resolve() == expected.resolve(), (
        say(en="the notebook ran without importing {module} from {expected} (it used {used})",
            es="el cuaderno corrió sin importar {module} desde {expected} (usó {used})", module=FEATURES_MODULE, expected=expected, used=features_file)
    )
    assert run.probe["inline_functions"] == [], say(en="the notebook defined {names} inline", es="el cuaderno definió {names} en sus celdas", names=run.probe["inline_functions"])

