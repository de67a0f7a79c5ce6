import pytest

from credit_scoring.model_artifact import load_model
from credit_scoring.schema import FEATURE_COLUMNS


class CountingModel:
    def __init__(self, model):
        self.model, self.calls = model, 0

    def predict_proba(self, applications):
        self.calls += 1
        return self.model.predict_proba(applications)


def test_same_scores_one_call_instead_of_fifty(load_example, model_dir, applications):
    example = load_example("row_loop_vs_vectorised")
    frame = applications[list(FEATURE_COLUMNS)].head(50)
    looped, vectorised = CountingModel(load_model(model_dir)[0]), CountingModel(load_model(model_dir)[0])
    assert list(example.score_row_by_row(looped, frame)) == pytest.approx(list(example.score_vectorised(vectorised, frame)))
    assert (looped.calls, vectorised.calls) == (50, 1)
