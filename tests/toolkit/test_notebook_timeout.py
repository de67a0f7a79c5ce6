"""A notebook cell that never ends is a finding of `verify` (CellTimeoutError), not a hang or a crash."""

import nbformat
import pytest

from puente.notebooks import run_notebook

pytestmark = pytest.mark.slow  # a real kernel


def test_a_cell_that_hangs_is_stopped_and_named(tmp_path):
    path = tmp_path / "hangs.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import time\ntime.sleep(600)")]), path)
    assert run_notebook(path, timeout=5) == "CellTimeoutError"
