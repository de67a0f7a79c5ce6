import nbformat
from nbformat.v4 import new_code_cell, new_notebook


def test_finds_every_problem_of_the_analysts_notebook(load_example, examples_dir):
    notebook = nbformat.read(examples_dir.parent / "analyst_notebook.ipynb", as_version=4)
    assert load_example("review_notebook").review(notebook) == [
        "cells were run out of order: execution counts [1, 2, 4, 3, 11, 10, 14, 15, 16, 17, 21, 22, 23]",
        "code cell 5: uses `num_cols`, defined only later, in code cell 6",
        "code cell 7: uses `income_cap`, defined by no cell (hidden state)",
        "code cell 2: an absolute path that exists on one machine only",
        "code cell 8: train_test_split without random_state",
        "code cell 10: test rows filled with their own statistics, not train's",
        "code cell 12: a metric computed on the training rows",
        "code cell 13: an absolute path that exists on one machine only",
    ]


def test_a_clean_notebook_has_nothing_to_report(load_example):
    notebook = new_notebook(cells=[
        new_code_cell("import pandas as pd\nfrom sklearn.model_selection import train_test_split"),
        new_code_cell('applications = pd.read_csv("data/credit_data.csv")'),
        new_code_cell("train, test = train_test_split(applications, test_size=0.2, random_state=42)"),
        new_code_cell('test["income"] = test["income"].fillna(train["income"].median())'),
    ])
    assert load_example("review_notebook").review(notebook) == []
