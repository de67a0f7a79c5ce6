"""A reviewer's first pass: the reproducibility problems a machine spots before a person reads the notebook.

    python modules/m01_notebooks/examples/review_notebook.py modules/m01_notebooks/analyst_notebook.ipynb
    python modules/m01_notebooks/examples/review_notebook.py --lang es modules/m01_notebooks/analyst_notebook.ipynb

ES: la primera pasada de quien revisa: los problemas de reproducibilidad que una máquina ve antes
de que una persona lea el cuaderno. Con `--lang es`, los hallazgos salen en español.
"""

import ast
import builtins
import re
import sys
from pathlib import Path

import nbformat

ABSOLUTE_PATH = re.compile(r"""["'](?:[A-Za-z]:\\|/home/|/Users/)""")
UNSEEDED_SPLIT = re.compile(r"train_test_split\((?![^)]*random_state)")
METRIC_ON_TRAIN = re.compile(r"_score\(\s*(?:y_)?train")
TEST_FILLS_ITSELF = re.compile(r"\btest\w*\[[^\]]+\]\.fillna\(\s*test\w*\[")
FINDINGS = {
    "en": {
        "out_of_order": "cells were run out of order: execution counts {counts}",
        "absolute_path": "code cell {n}: an absolute path that exists on one machine only",
        "unseeded_split": "code cell {n}: train_test_split without random_state",
        "metric_on_train": "code cell {n}: a metric computed on the training rows",
        "test_fills_itself": "code cell {n}: test rows filled with their own statistics, not train's",
        "defined_later": "code cell {n}: uses `{name}`, defined only later, in code cell {later}",
        "hidden_state": "code cell {n}: uses `{name}`, defined by no cell (hidden state)",
    },
    "es": {
        "out_of_order": "las celdas se ejecutaron en desorden: contadores de ejecución {counts}",
        "absolute_path": "celda de código {n}: una ruta absoluta que solo existe en una máquina",
        "unseeded_split": "celda de código {n}: train_test_split sin random_state",
        "metric_on_train": "celda de código {n}: una métrica calculada sobre las filas de entrenamiento",
        "test_fills_itself": "celda de código {n}: filas de prueba rellenadas con sus propias estadísticas, no con las de entrenamiento",
        "defined_later": "celda de código {n}: usa `{name}`, que solo se define después, en la celda de código {later}",
        "hidden_state": "celda de código {n}: usa `{name}`, que ninguna celda define (estado oculto)",
    },
}


def review(notebook: nbformat.NotebookNode, lang: str = "en") -> list[str]:
    text = FINDINGS[lang]
    cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    findings = []
    counts = [cell.execution_count for cell in cells if cell.execution_count is not None]
    if counts != sorted(counts):
        findings.append(text["out_of_order"].format(counts=counts))
    findings += _names_used_too_early(cells, text)
    checks = {"absolute_path": ABSOLUTE_PATH, "unseeded_split": UNSEEDED_SPLIT,
              "metric_on_train": METRIC_ON_TRAIN, "test_fills_itself": TEST_FILLS_ITSELF}
    for number, cell in enumerate(cells, start=1):
        findings += [text[key].format(n=number) for key, pattern in checks.items() if pattern.search(cell.source)]
    return findings


def _names_used_too_early(cells: list, text: dict[str, str]) -> list[str]:
    """Names a cell reads that only a later cell defines, or that no cell defines (hidden state)."""
    defined_in = [_defined(cell.source) for cell in cells]
    findings = []
    for number, cell in enumerate(cells, start=1):
        earlier = set(dir(builtins)).union(*defined_in[:number])
        for name in sorted(_read(cell.source) - earlier):
            later = [n for n, names in enumerate(defined_in, start=1) if name in names and n > number]
            if later:
                findings.append(text["defined_later"].format(n=number, name=name, later=later[0]))
            else:
                findings.append(text["hidden_state"].format(n=number, name=name))
    return findings


def _defined(source: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
    return names


def _read(source: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}


def main(arguments: list[str]) -> int:
    lang, paths = ("es", arguments[2:]) if arguments[:2] == ["--lang", "es"] else ("en", arguments)
    problems = 0
    for path in paths:
        for finding in review(nbformat.read(Path(path), as_version=4), lang):
            print(f"{path}: {finding}")
            problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
