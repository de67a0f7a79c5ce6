"""train_script compares the learner's script with the learner's own notebook: the notebook as shipped, fixed
with the fewest changes the exercise asks for (no stratify, no scaler), and a script that follows it must pass."""

import json

import nbformat
import pytest

pytestmark = pytest.mark.slow
TEST_FILE = "tests/m01_notebooks/test_train_script.py"
# The shipped notebook's code cells, each found by a line it contains, and the smallest fix restart_run_all asks for.
FIXES = {
    "import pickle": "import json\nfrom pathlib import Path\n\nimport pandas as pd\nimport yaml\n"
                     "from sklearn.linear_model import LogisticRegression\nfrom sklearn.metrics import roc_auc_score\n"
                     "from sklearn.model_selection import train_test_split",
    'pd.read_csv(r"C:': 'params = yaml.safe_load(Path("params.yaml").read_text())\ndf = pd.read_csv(params["data"])\ndf.shape',
    "df[num_cols].describe()": 'num_cols = ["seniority", "time", "age", "expenses", "income", "assets", "debt", "amount", "price"]\n'
                               'cat_cols = ["home", "marital", "records", "job"]\ndf[num_cols].describe().T',
    "df = df[df[\"income\"] < income_cap]": 'df["target"] = (df["status"] == "bad").astype(int)\ndf["target"].mean()',
    "train, test = train_test_split(df, test_size=0.2)":
        'train, test = train_test_split(df, test_size=params["test_size"], random_state=params["seed"])',
    '# clean test (same as train)': 'for column in ("income", "assets", "debt"):\n'
                                   '    test[column] = test[column].fillna(train[column].median())\n'
                                   'test = pd.get_dummies(test, columns=cat_cols, dtype=float)\n'
                                   'test = test.reindex(columns=train.columns, fill_value=0)',
    "auc = roc_auc_score(train[": 'auc = roc_auc_score(test["target"], model.predict_proba(test[features])[:, 1])\nprint(f"AUC: {auc:.3f}")',
    "pickle.dump(model": 'Path("metrics.json").write_text(json.dumps({"roc_auc": float(auc), "rows_scored": len(test)}))',
}
DEFINED_LATER = 'num_cols = ["seniority"'  # the cell that used to define num_cols, now defined before its use
SCRIPT_RECIPE = '''
def train_and_evaluate(applications: pd.DataFrame, seed: int, test_size: float = 0.2) -> dict:
    train, test = train_test_split(applications, test_size=test_size, random_state=seed)
    spec = fit_features(train)
    model = LogisticRegression(max_iter=1000).fit(transform_features(train, spec), target(train))
    scores = model.predict_proba(transform_features(test, spec))[:, 1]
    return {"roc_auc": float(roc_auc_score(target(test), scores)), "rows_scored": len(test), "seed": seed}

'''


def notebook_as_shipped_and_fixed(course_root) -> str:
    notebook = nbformat.read(course_root / "exercises" / "m01_notebooks" / "scoring.ipynb", as_version=4)
    unused = set(FIXES)
    kept = []
    for cell in notebook.cells:
        if cell.cell_type == "code":
            marker = next((m for m in FIXES if m in cell.source), None)
            if marker:
                cell.source = FIXES[marker]
                unused.discard(marker)
            elif cell.source.startswith(DEFINED_LATER):
                continue
        kept.append(cell)
    assert not unused, f"the shipped notebook changed; update FIXES for {sorted(unused)}"
    notebook.cells = kept
    return nbformat.writes(notebook)


def script_following_the_notebook(course_root) -> str:
    reference = (course_root / "solutions" / "m01_notebooks" / "train.py").read_text(encoding="utf-8")
    start, end = reference.index("def train_and_evaluate("), reference.index("def parse_args(")
    return reference[:start] + SCRIPT_RECIPE.lstrip("\n") + "\n" + reference[end:]


def test_a_script_that_follows_the_notebook_as_shipped_passes(course_root, alternative, graded):
    files = {"scoring.ipynb": notebook_as_shipped_and_fixed(course_root), "train.py": script_following_the_notebook(course_root)}
    json.loads(files["scoring.ipynb"])
    outcomes = graded(TEST_FILE, alternative("m01_notebooks", files))
    assert outcomes and all(outcome == "passed" for outcome in outcomes.values()), outcomes


def test_the_stub_asks_only_for_what_the_shipped_notebook_does(course_root):
    """The stub may mention a step the shipped notebook lacks (stratify, a scaler) only as conditional on the learner's notebook."""
    stub = (course_root / "exercises" / "m01_notebooks" / "train.py").read_text(encoding="utf-8")
    notebook = (course_root / "exercises" / "m01_notebooks" / "scoring.ipynb").read_text(encoding="utf-8")
    todos = [line for line in stub.splitlines() if line.strip().startswith("#") and not line.strip().startswith("# POR HACER:")]
    for step in ("stratif", "StandardScaler"):
        if step in notebook:
            continue
        for line in (line for line in todos if step in line):
            assert "only if your notebook" in line, f"the stub asks for {step}, which the shipped notebook does not do: {line.strip()}"
