"""A reviewer's first pass: the reproducibility problems a machine spots before a person reads the notebook.

    python modules/m01_notebooks/examples/review_notebook.py modules/m01_notebooks/analyst_notebook.ipynb
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


def review(notebook: nbformat.NotebookNode) -> list[str]:
    cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    findings = []
    counts = [cell.execution_count for cell in cells if cell.execution_count is not None]
    if counts != sorted(counts):
        findings.append(f"cells were run out of order: execution counts {counts}")
    findings += _names_used_too_early(cells)
    for number, cell in enumerate(cells, start=1):
        if ABSOLUTE_PATH.search(cell.source):
            findings.append(f"code cell {number}: an absolute path that exists on one machine only")
        if UNSEEDED_SPLIT.search(cell.source):
            findings.append(f"code cell {number}: train_test_split without random_state")
        if METRIC_ON_TRAIN.search(cell.source):
            findings.append(f"code cell {number}: a metric computed on the training rows")
        if TEST_FILLS_ITSELF.search(cell.source):
            findings.append(f"code cell {number}: test rows filled with their own statistics, not train's")
    return findings


def _names_used_too_early(cells: list) -> list[str]:
    """Names a cell reads that only a later cell defines, or that no cell defines (hidden state)."""
    defined_in = [_defined(cell.source) for cell in cells]
    findings = []
    for number, cell in enumerate(cells, start=1):
        earlier = set(dir(builtins)).union(*defined_in[:number])
        for name in sorted(_read(cell.source) - earlier):
            later = [n for n, names in enumerate(defined_in, start=1) if name in names and n > number]
            where = f"defined only later, in code cell {later[0]}" if later else "defined by no cell (hidden state)"
            findings.append(f"code cell {number}: uses `{name}`, {where}")
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


def main(paths: list[str]) -> int:
    problems = 0
    for path in paths:
        for finding in review(nbformat.read(Path(path), as_version=4)):
            print(f"{path}: {finding}")
            problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
