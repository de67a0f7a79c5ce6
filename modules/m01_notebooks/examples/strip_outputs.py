"""Clear outputs and execution counts, so that a notebook's diff shows only the code that changed.

    python modules/m01_notebooks/examples/strip_outputs.py my_notebook.ipynb
"""

import sys
from pathlib import Path

import nbformat


def strip_outputs(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return notebook


def main(paths: list[str]) -> int:
    for path in map(Path, paths):
        nbformat.write(strip_outputs(nbformat.read(path, as_version=4)), path)
        print(f"stripped {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
