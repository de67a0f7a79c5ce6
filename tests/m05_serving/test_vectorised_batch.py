"""Exercise vectorised_batch: CSV in, CSV of scores out, one model call per chunk (checked with a spy)."""

import pandas as pd
import pytest
from m05_serving.batch import SCORE_COLUMN, score_csv, score_frame


class SpyModel:
    """Wraps the real model and records how many rows each predict_proba call received."""

    def __init__(self, model) -> None:
        self.model = model
        self.calls: list[int] = []

    def predict_proba(self, applications):
        self.calls.append(len(applications))
        return self.model.predict_proba(applications)


@pytest.fixture
def spy(served) -> SpyModel:
    return SpyModel(served[0])


def test_a_frame_is_scored_with_one_call(spy, applications, served):
    frame = applications.head(100)
    scores = score_frame(spy, frame)
    assert spy.calls == [100], f"100 rows must be scored with ONE predict_proba call of 100 rows, got calls of {spy.calls}"
    assert list(scores) == pytest.approx(list(served[0].predict_proba(frame.drop(columns="status"))[:, 1])), (
        "score_frame must return the probability of 'bad' (predict_proba's second column) for each row"
    )


def test_a_csv_is_scored_chunk_by_chunk(spy, credit_data_path, applications, served, tmp_path):
    output = tmp_path / "scores.csv"
    scored = score_csv(spy, credit_data_path, output, chunk_size=1000)
    assert spy.calls == [1000, 1000, 1000, 1000, 454], (
        f"4454 rows in chunks of 1000 means 5 predict_proba calls (1000, 1000, 1000, 1000, 454), got {spy.calls}"
    )
    assert scored == 4454, f"score_csv must return the number of rows scored (4454), got {scored}"
    result = pd.read_csv(output)
    assert list(result.columns) == [*applications.columns, SCORE_COLUMN], "keep every input column, add probability_bad last"
    expected = served[0].predict_proba(applications.drop(columns="status"))[:, 1]
    assert list(result[SCORE_COLUMN]) == pytest.approx(list(expected)), "each row's score must be the model's probability"


def test_progress_is_reported_after_each_chunk(spy, credit_data_path, tmp_path):
    reported: list[int] = []
    score_csv(spy, credit_data_path, tmp_path / "scores.csv", chunk_size=2000, on_chunk=reported.append)
    assert reported == [2000, 2000, 454], f"on_chunk must be called with each chunk's size, got {reported}"


def test_a_missing_column_is_named(spy, applications, tmp_path):
    broken = tmp_path / "no_income.csv"
    applications.drop(columns="income").head(10).to_csv(broken, index=False)
    with pytest.raises(ValueError, match="income"):
        score_csv(spy, broken, tmp_path / "scores.csv")
