"""The legacy job the lesson shows (and exercise cut_the_cost rewrites) gives the model's scores."""

import pandas as pd
import pytest

from credit_scoring import legacy_batch
from credit_scoring.production_year import generate_rows
from credit_scoring.schema import FEATURE_COLUMNS
from credit_scoring.train import fit_model


def test_scores_every_row_in_order(credit_data_path, tmp_path):
    applications = pd.read_csv(credit_data_path)
    model = fit_model(applications)
    rows = pd.concat(generate_rows(applications, 3000, seed=4, chunk_size=1000))
    rows.to_csv(tmp_path / "in.csv", index=False)
    assert legacy_batch.score_file(model, tmp_path / "in.csv", tmp_path / "out.csv") == 3000
    scores = pd.read_csv(tmp_path / "out.csv")
    assert list(scores.columns) == ["application_id", "probability_bad"]
    assert scores["application_id"].tolist() == list(range(3000))
    expected = model.predict_proba(rows[list(FEATURE_COLUMNS)])[:, 1]
    assert scores["probability_bad"].tolist() == pytest.approx(expected.tolist(), abs=5e-7)
