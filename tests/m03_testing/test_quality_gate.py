"""quality_gate lets a good model through and stops models that lose to the champion, the baseline or a slice."""

import numpy as np
import pandas as pd
import pytest
from m03_testing.quality_gate import quality_gate
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

from credit_scoring.prepare import prepare
from credit_scoring.schema import FEATURE_COLUMNS, TARGET_COLUMN, target
from credit_scoring.train import fit_model
from puente.i18n import say


class BlindForAges:
    """A flawed model: the good model's scores, except a constant (or reversed) score for one age range."""

    def __init__(self, model, youngest: int, oldest: int, reverse: bool = False) -> None:
        self.model, self.youngest, self.oldest, self.reverse = model, youngest, oldest, reverse

    def predict_proba(self, applications: pd.DataFrame) -> np.ndarray:
        probability = self.model.predict_proba(applications)
        rows = applications["age"].between(self.youngest, self.oldest).to_numpy()
        probability[rows] = probability[rows][:, ::-1] if self.reverse else [0.7, 0.3]
        return probability


class WithoutColumns:
    """A weaker model: the good model, but some columns never reach it (as if a feed stopped sending them)."""

    def __init__(self, model, columns: list[str]) -> None:
        self.model, self.columns = model, columns

    def predict_proba(self, applications: pd.DataFrame) -> np.ndarray:
        return self.model.predict_proba(applications.assign(**{column: np.nan for column in self.columns}))


def gate(model, champion, train: pd.DataFrame, test: pd.DataFrame) -> list[str]:
    """Run the learner's gate and insist on a plain list of plain strings (nothing that compares equal to anything)."""
    failures = quality_gate(model, champion, train, test)
    assert type(failures) is list and all(type(message) is str for message in failures), say(
        en="quality_gate must return a list of str, got {got!r}", es="quality_gate debe devolver una lista de str, llegó {got!r}", got=failures)
    return failures


def auc_of(model, test: pd.DataFrame) -> float:
    return float(roc_auc_score(target(test), model.predict_proba(test[list(FEATURE_COLUMNS)])[:, 1]))


@pytest.fixture(scope="module")
def split(credit_data_path):
    return prepare(pd.read_csv(credit_data_path), test_size=0.25, seed=7)


@pytest.fixture(scope="module")
def good_model(split):
    return fit_model(split[0])


@pytest.fixture(scope="module")
def weaker_model(good_model):
    return WithoutColumns(good_model, ["income", "seniority"])


def test_a_good_model_passes(split, good_model):
    assert gate(good_model, None, *split) == [], say(
        en="a logistic regression on every feature must pass the gate as the first model (champion None)",
        es="una regresión logística con todas las variables debe pasar la compuerta como primer modelo (champion None)")
    assert gate(good_model, good_model, *split) == [], say(
        en="a candidate exactly as good as the champion must pass", es="un candidato exactamente tan bueno como el campeón debe pasar")


def test_a_weaker_model_does_not_replace_the_champion(split, good_model, weaker_model):
    test = split[1]
    failures = gate(weaker_model, good_model, *split)
    weaker, champion = auc_of(weaker_model, test), auc_of(good_model, test)
    found = [message for message in failures if "champion" in message]
    assert found, say(en="the candidate's ROC AUC {weaker:.3f} is below the champion's {champion:.3f} by more than 0.01: "
                         "expected a message with the word champion, got {failures}",
                      es="el ROC AUC del candidato, {weaker:.3f}, está más de 0,01 por debajo del campeón, {champion:.3f}: "
                         "se esperaba un mensaje con la palabra champion, llegó {failures}",
                      weaker=weaker, champion=champion, failures=failures)
    for value in (f"{weaker:.3f}", f"{champion:.3f}"):
        assert value in found[0], say(en="the champion message must show both ROC AUCs with three decimals ({value} is missing): {message}",
                                      es="el mensaje del campeón debe mostrar los dos ROC AUC con tres decimales (falta {value}): {message}",
                                      value=value, message=found[0])
    assert not [m for m in failures if "baseline" in m], say(
        en="the weaker model still beats the dummy baseline: {failures}", es="el modelo más débil sí supera a la línea base tonta: {failures}",
        failures=failures)


def test_a_better_model_replaces_a_weaker_champion(split, good_model, weaker_model):
    failures = gate(good_model, weaker_model, *split)
    assert failures == [], say(en="a candidate better than the champion must pass, got {failures}",
                               es="un candidato mejor que el campeón debe pasar, llegó {failures}", failures=failures)


def test_a_constant_model_loses_to_the_baseline(split):
    train, test = split
    constant = DummyClassifier(strategy="most_frequent").fit(train[list(FEATURE_COLUMNS)], train[TARGET_COLUMN] == "bad")
    failures = gate(constant, None, train, test)
    assert any("baseline" in message for message in failures), say(
        en="no message mentions the baseline: {failures}", es="ningún mensaje menciona la línea base (baseline): {failures}", failures=failures)


def test_a_model_trained_on_swapped_labels_loses_to_the_baseline(split):
    train, test = split
    swapped = train.assign(**{TARGET_COLUMN: train[TARGET_COLUMN].map({"good": "bad", "bad": "good"})})
    failures = gate(fit_model(swapped), None, train, test)
    assert any("baseline" in message for message in failures), say(
        en="no message mentions the baseline: {failures}", es="ningún mensaje menciona la línea base (baseline): {failures}", failures=failures)


def test_a_model_blind_to_young_applicants_fails_their_slice(split, good_model):
    failures = gate(BlindForAges(good_model, 18, 25), None, *split)
    assert len(failures) == 1, say(en="only the band 18-25 is broken (the average still beats the baseline): {failures}",
                                   es="solo la franja 18-25 está dañada (el promedio sí supera la línea base): {failures}", failures=failures)
    assert "18-25" in failures[0] and "0.500" in failures[0], say(
        en="name the band and its ROC AUC with three decimals (0.500): {message}",
        es="nombre la franja y su ROC AUC con tres decimales (0.500): {message}", message=failures[0])


def test_a_model_reversed_for_older_applicants_fails_their_slice(split, good_model):
    failures = gate(BlindForAges(good_model, 51, 200, reverse=True), None, *split)
    assert [message for message in failures if "51+" in message], say(
        en="no message names the band 51+: {failures}", es="ningún mensaje nombra la franja 51+: {failures}", failures=failures)
    assert not [message for message in failures if "baseline" in message], say(
        en="the average still beats the baseline: {failures}", es="el promedio sí supera la línea base: {failures}", failures=failures)
