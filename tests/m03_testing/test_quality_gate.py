"""quality_gate lets a good model through and stops models that lose to the baseline or fail a slice."""

import numpy as np
import pandas as pd
import pytest
from m03_testing.quality_gate import quality_gate
from sklearn.dummy import DummyClassifier

from credit_scoring.prepare import prepare
from credit_scoring.schema import FEATURE_COLUMNS, TARGET_COLUMN
from credit_scoring.train import fit_model


class BlindForAges:
    """A flawed model: the good model's scores, except a constant (or reversed) score for one age range."""

    def __init__(self, model, youngest: int, oldest: int, reverse: bool = False) -> None:
        self.model, self.youngest, self.oldest, self.reverse = model, youngest, oldest, reverse

    def predict_proba(self, applications: pd.DataFrame) -> np.ndarray:
        probability = self.model.predict_proba(applications)
        rows = applications["age"].between(self.youngest, self.oldest).to_numpy()
        probability[rows] = probability[rows][:, ::-1] if self.reverse else [0.7, 0.3]
        return probability


def gate(model, train: pd.DataFrame, test: pd.DataFrame) -> list[str]:
    """Run the learner's gate and insist on a plain list of plain strings (nothing that compares equal to anything)."""
    failures = quality_gate(model, train, test)
    assert type(failures) is list and all(type(message) is str for message in failures), (
        f"quality_gate must return a list of str, got {failures!r}"
    )
    return failures


@pytest.fixture(scope="module")
def split(credit_data_path):
    return prepare(pd.read_csv(credit_data_path), test_size=0.25, seed=7)


@pytest.fixture(scope="module")
def good_model(split):
    return fit_model(split[0])


def test_a_good_model_passes(split, good_model):
    assert gate(good_model, *split) == [], "a logistic regression on every feature must pass the gate"


def test_a_constant_model_loses_to_the_baseline(split):
    train, test = split
    constant = DummyClassifier(strategy="most_frequent").fit(train[list(FEATURE_COLUMNS)], train[TARGET_COLUMN] == "bad")
    failures = gate(constant, train, test)
    assert any("baseline" in message for message in failures), f"no message mentions the baseline: {failures}"


def test_a_model_trained_on_swapped_labels_loses_to_the_baseline(split):
    train, test = split
    swapped = train.assign(**{TARGET_COLUMN: train[TARGET_COLUMN].map({"good": "bad", "bad": "good"})})
    failures = gate(fit_model(swapped), train, test)
    assert any("baseline" in message for message in failures), f"no message mentions the baseline: {failures}"


def test_a_model_blind_to_young_applicants_fails_their_slice(split, good_model):
    failures = gate(BlindForAges(good_model, 18, 25), *split)
    assert len(failures) == 1, f"only the band 18-25 is broken (the average still beats the baseline): {failures}"
    assert "18-25" in failures[0] and "0.5" in failures[0], f"name the band and its ROC AUC (0.5): {failures[0]}"


def test_a_model_reversed_for_older_applicants_fails_their_slice(split, good_model):
    failures = gate(BlindForAges(good_model, 51, 200, reverse=True), *split)
    assert [message for message in failures if "51+" in message], f"no message names the band 51+: {failures}"
    assert not [message for message in failures if "baseline" in message], f"the average still beats the baseline: {failures}"
