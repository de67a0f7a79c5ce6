"""Exercise console_script: install the built wheel into a fresh venv and run `lender-score` like an operator would.

The package is built, installed and trained once for this file (it takes a few seconds); each
test then runs the installed command as a separate process.
"""

import subprocess

import pandas as pd
import pytest
import skops.io as sio

pytestmark = pytest.mark.slow
APPLICANTS = 300


def run(command, cwd):
    return subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def lender_score(installed_package, credit_data_path, tmp_path_factory):
    """Call it for (the installed lender-score command, a model it trained on the lender's data)."""
    cache: dict = {}

    def command_and_model():
        if not cache:
            command = installed_package() / "lender-score"
            assert command.is_file(), "installing the wheel made no lender-score command: check [project.scripts]"
            model = tmp_path_factory.mktemp("model") / "model.skops"
            trained = run([command, "train", credit_data_path, "--model", model], cwd=model.parent)
            assert trained.returncode == 0, f"`lender-score train` failed:\n{trained.stderr}"
            cache.update(command=command, model=model)
        return cache["command"], cache["model"]

    return command_and_model


@pytest.fixture
def applicants_csv(credit_data_path, tmp_path):
    """The first applicants of the lender, without their status: what the operator has to score."""
    path = tmp_path / "applicants.csv"
    pd.read_csv(credit_data_path).head(APPLICANTS).drop(columns="status").to_csv(path, index=False)
    return path


def test_scores_a_csv_like_the_reference(lender_score, applicants_csv, tmp_path):
    command, model = lender_score()
    scores = tmp_path / "scores.csv"
    scored = run([command, "score", applicants_csv, "--model", model, "--output", scores], cwd=tmp_path)
    assert scored.returncode == 0, f"`lender-score score` failed:\n{scored.stderr}"
    assert scores.is_file(), "`lender-score score` wrote no file at --output"
    got = pd.read_csv(scores)
    assert list(got.columns) == ["probability_bad", "decision"], f"expected columns probability_bad, decision; got {list(got.columns)}"
    assert len(got) == APPLICANTS, f"expected one row per applicant ({APPLICANTS}), got {len(got)}"
    reference = sio.load(model, trusted=["numpy.dtype"]).predict_proba(pd.read_csv(applicants_csv))[:, 1]
    assert got["probability_bad"].to_numpy() == pytest.approx(reference, abs=1e-9), "probabilities differ from the model's predict_proba"
    expected = ["reject" if p >= 0.5 else "approve" for p in reference]
    assert got["decision"].tolist() == expected, "decision is reject when probability_bad >= 0.5, approve otherwise"


def test_reports_the_installed_version(lender_score, tmp_path):
    command, _ = lender_score()
    shown = run([command, "--version"], cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "lender-scoring 1.0.0", f"expected 'lender-scoring 1.0.0', got {shown.stdout.strip()!r}"


def test_a_missing_column_is_one_clear_line(lender_score, applicants_csv, tmp_path):
    command, model = lender_score()
    scores = tmp_path / "scores.csv"
    pd.read_csv(applicants_csv).drop(columns="income").to_csv(applicants_csv, index=False)
    scored = run([command, "score", applicants_csv, "--model", model, "--output", scores], cwd=tmp_path)
    assert scored.returncode == 2, f"a CSV without income should exit with code 2, got {scored.returncode}"
    assert "income" in scored.stderr and scored.stderr.strip().count("\n") == 0, f"expected one line naming income, got:\n{scored.stderr}"
