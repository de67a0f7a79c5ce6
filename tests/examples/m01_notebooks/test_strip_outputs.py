import shutil

import nbformat


def test_strips_outputs_and_counts_but_keeps_the_code(load_example, examples_dir, tmp_path, capsys):
    original = examples_dir.parent / "analyst_notebook.ipynb"
    copy = tmp_path / "notebook.ipynb"
    shutil.copy(original, copy)
    assert load_example("strip_outputs").main([str(copy)]) == 0
    assert capsys.readouterr().out == f"stripped {copy}\n"
    before, after = nbformat.read(original, as_version=4), nbformat.read(copy, as_version=4)
    code = [cell for cell in after.cells if cell.cell_type == "code"]
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)
    assert [cell.source for cell in after.cells] == [cell.source for cell in before.cells]
    assert copy.stat().st_size < original.stat().st_size / 2, "most of a saved notebook is its outputs"


def test_stripping_twice_changes_nothing(load_example, examples_dir):
    strip_outputs = load_example("strip_outputs").strip_outputs
    once = strip_outputs(nbformat.read(examples_dir.parent / "analyst_notebook.ipynb", as_version=4))
    assert nbformat.writes(strip_outputs(nbformat.from_dict(once))) == nbformat.writes(once)
