"""Exercise console_script: install the built wheel into a fresh venv and run `lender-score` like an operator would.

The package is built, installed and trained once for this file (it takes a few seconds); each
test then runs the installed command as a separate process.
"""

import subprocess

import pandas as pd
import pytest
import skops.io as sio

from puente.i18n import say

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
            assert command.is_file(), say(en="installing the wheel made no lender-score command: check [project.scripts]",
                                       es="instalar el wheel no creó el comando lender-score: revise [project.scripts]")
            model = tmp_path_factory.mktemp("model") / "model.skops"
            trained = run([command, "train", credit_data_path, "--model", model], cwd=model.parent)
            assert trained.returncode == 0, say(en="`lender-score train` failed:\n{error}", es="`lender-score train` falló:\n{error}", error=trained.stderr)
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
    assert scored.returncode == 0, say(en="`lender-score score` failed:\n{error}", es="`lender-score score` falló:\n{error}", error=scored.stderr)
    assert scores.is_file(), say(en="`lender-score score` wrote no file at --output", es="`lender-score score` no escribió ningún archivo en --output")
    got = pd.read_csv(scores)
    assert list(got.columns) == ["probability_bad", "decision"], say(en="expected columns probability_bad, decision; got {got}",
                                                                  es="se esperaban las columnas probability_bad, decision; llegaron {got}", got=list(got.columns))
    assert len(got) == APPLICANTS, say(en="expected one row per applicant ({expected}), got {got}", es="se esperaba una fila por solicitante ({expected}); llegaron {got}",
                                      expected=APPLICANTS, got=len(got))
    reference = sio.load(model, trusted=["numpy.dtype"]).predict_proba(pd.read_csv(applicants_csv))[:, 1]
    assert got["probability_bad"].to_numpy() == pytest.approx(reference, abs=1e-9), say(en="probabilities differ from the model's predict_proba", es="las probabilidades no coinciden con el predict_proba del modelo")
    expected = ["reject" if p >= 0.5 else "approve" for p in reference]
    assert got["decision"].tolist() == expected, say(en="decision is reject when probability_bad >= {threshold}, approve otherwise",
                                             es="decision es reject cuando probability_bad >= {threshold}, y approve en otro caso", threshold=0.5)


def test_reports_the_installed_version(lender_score, tmp_path):
    command, _ = lender_score()
    shown = run([command, "--version"], cwd=tmp_path)
    assert shown.returncode == 0, say(en="`lender-score --version` failed:\n{error}", es="`lender-score --version` falló:\n{error}", error=shown.stderr)
    assert shown.stdout.strip() == "lender-scoring 1.0.0", say(en="expected 'lender-scoring 1.0.0', got {got!r}", es="se esperaba 'lender-scoring 1.0.0'; llegó {got!r}", got=shown.stdout.strip())


def test_a_missing_column_is_one_clear_line(lender_score, applicants_csv, tmp_path):
    command, model = lender_score()
    scores = tmp_path / "scores.csv"
    pd.read_csv(applicants_csv).drop(columns="income").to_csv(applicants_csv, index=False)
    scored = run([command, "score", applicants_csv, "--model", model, "--output", scores], cwd=tmp_path)
    assert scored.returncode == 2, say(en="a CSV without income should exit with code 2, got {code}", es="un CSV sin income debe terminar con código 2; terminó con {code}", code=scored.returncode)
    assert "income" in scored.stderr and scored.stderr.strip().count("\n") == 0, say(en="expected one line naming income, got:\n{error}",
                                                                                                   es="se esperaba una línea que nombrara income; llegó:\n{error}", error=scored.stderr)

