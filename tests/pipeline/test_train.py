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
