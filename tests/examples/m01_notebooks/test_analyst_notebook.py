"""The analyst's notebook is broken in exactly the ways the lesson says, and its text twin stays in sync.

`puente verify` already runs it as shipped and asserts the FileNotFoundError declared in course.toml;
here the data is found, to prove the bugs behind that first one.
"""

import shutil

import jupytext
import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

FAKE_FOLDER = "C:\\Users\\analista\\Desktop\\scoring\\"


def notebook(examples_dir):
    return nbformat.read(examples_dir.parent / "analyst_notebook.ipynb", as_version=4)


def test_the_text_twin_has_the_same_cells(examples_dir):
    paired = jupytext.read(examples_dir / "analyst_notebook.py")
    original = notebook(examples_dir)
    assert [(c.cell_type, c.source) for c in paired.cells] == [(c.cell_type, c.source) for c in original.cells]


@pytest.mark.slow
def test_with_the_data_found_it_breaks_on_order_and_hidden_state(examples_dir, credit_data_path, tmp_path):
    shutil.copy(credit_data_path, tmp_path / "credit_data.csv")
    broken = notebook(examples_dir)
    for cell in broken.cells:
        cell.source = cell.source.replace(FAKE_FOLDER, "")
    client = NotebookClient(broken, kernel_name="python3", timeout=120, allow_errors=True, resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    errors = [(out.ename, out.evalue) for cell in broken.cells for out in cell.get("outputs", []) if out.output_type == "error"]
    assert errors[:2] == [("NameError", "name 'num_cols' is not defined"), ("NameError", "name 'income_cap' is not defined")]
    missing_incomes = int(pd.read_csv(credit_data_path)["income"].isna().sum())
    assert missing_incomes == 381, "the lesson says the income filter silently drops 381 applicants"


def test_the_lesson_excerpts_point_at_the_right_lines(examples_dir):
    lines = (examples_dir / "analyst_notebook.py").read_text(encoding="utf-8").splitlines()
    excerpt = {number: lines[number - 1] for number in (33, 46, 49, 58, 66, 69, 76, 81, 89)}
    assert excerpt[33].startswith('df = pd.read_csv(r"C:\\Users\\analista')
    assert excerpt[46] == "df[num_cols].describe().T" and excerpt[49].startswith("num_cols = [")
    assert excerpt[58] == 'df = df[df["income"] < income_cap]'
    assert excerpt[66] == "train, test = train_test_split(df, test_size=0.2)"
    assert (excerpt[69], excerpt[76]) == ("# clean train", "# clean test (same as train)")
    assert excerpt[81].startswith("test = test.reindex(")
    assert excerpt[89].startswith('auc = roc_auc_score(train["target"]')
