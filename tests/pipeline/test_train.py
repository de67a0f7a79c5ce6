import numpy as np
import pandas as pd
import pytest

from credit_scoring.schema import FEATURE_COLUMNS
from credit_scoring.train import fit_model


@pytest.fixture(scope="module")
def small_model(credit_data_path):
    return fit_model(pd.read_csv(credit_data_path, nrows=500))


def test_fit_model_gives_default_probabilities(small_model, credit_data_path):
    applications = pd.read_csv(credit_data_path).iloc[500:510]
    probabilities = small_model.predict_proba(applications[list(FEATURE_COLUMNS)])
    assert probabilities.shape == (10, 2)
    assert np.allclose(probabilities.sum(axis=1), 1.0)


def test_unknown_categories_and_missing_values_still_score(small_model, credit_data_path):
    applicant = pd.read_csv(credit_data_path, nrows=1)[list(FEATURE_COLUMNS)]
    applicant.loc[0, "home"] = "castle"
    applicant.loc[0, "income"] = np.nan
    assert 0.0 < small_model.predict_proba(applicant)[0, 1] < 1.0


def test_fit_model_names_a_missing_column():
    with pytest.raises(ValueError, match="lacks the column"):
        fit_model(pd.DataFrame({"status": ["good", "bad"], "age": [30, 40]}))


def test_train_and_decide_chooses_the_cutoff_on_validation_rows_only(credit_data_path):
    from credit_scoring.decision import CostMatrix, decide
    from credit_scoring.prepare import prepare
    from credit_scoring.train import train_and_decide

    train, _ = prepare(pd.read_csv(credit_data_path), test_size=0.2, seed=42)
    model, decision, fit = train_and_decide(train, CostMatrix(5, 1), validation_size=0.25, seed=42,
                                            class_weight="balanced")
    assert (len(fit), decision["validation_rows"]) == (2670, 891), "a quarter of train is held out to choose the cut-off"
    assert abs(decision["cutoff"] - 1 / 6) < 0.05, f"calibrated, the best cut-off is near 1/(5+1): {decision}"
    assert decision["cost_approve_bad"] == 5.0 and decision["cost_reject_good"] == 1.0
    _, cheaper_defaults, _ = train_and_decide(train, CostMatrix(1, 1), class_weight="balanced")
    assert cheaper_defaults["cutoff"] > 0.35, "when a default costs no more than a lost client, reject less"
    assert cheaper_defaults["cutoff_version"] != decision["cutoff_version"]
    probability = model.predict_proba(train[list(FEATURE_COLUMNS)].head(200))[:, 1]
    assert {decide(p, decision["cutoff"]) for p in probability} == {"approve", "reject"}
