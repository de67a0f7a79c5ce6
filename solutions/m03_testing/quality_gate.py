"""A quality gate: the test a model must pass before it may replace the one in production.

The gate compares the model with a dummy baseline trained on the same rows, and checks every
age band separately, because a good average can hide a group the model serves badly.
"""

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

from credit_scoring.schema import FEATURE_COLUMNS, target

MIN_LIFT_OVER_BASELINE = 0.05
"""The model's ROC AUC must beat the dummy baseline's by at least this much."""
MIN_SLICE_AUC = 0.70
"""Every age band must reach this ROC AUC on its own."""
AGE_BANDS = {"18-25": (18, 25), "26-35": (26, 35), "36-50": (36, 50), "51+": (51, 200)}
"""Inclusive age limits of each slice."""


def default_probability(model, applications: pd.DataFrame) -> pd.Series:
    """The model's probability that each applicant defaults (the class 1 column of predict_proba)."""
    return pd.Series(model.predict_proba(applications[list(FEATURE_COLUMNS)])[:, 1], index=applications.index)


def quality_gate(model, train: pd.DataFrame, test: pd.DataFrame) -> list[str]:
    """One message per broken rule; an empty list means the model may ship."""
    actual = target(test)
    probability = default_probability(model, test)
    baseline = DummyClassifier(strategy="prior").fit(train[list(FEATURE_COLUMNS)], target(train))
    model_auc = roc_auc_score(actual, probability)
    baseline_auc = roc_auc_score(actual, default_probability(baseline, test))
    failures = []
    if model_auc < baseline_auc + MIN_LIFT_OVER_BASELINE:
        failures.append(f"ROC AUC {model_auc:.3f} does not beat the dummy baseline's {baseline_auc:.3f} "
                        f"by {MIN_LIFT_OVER_BASELINE}")
    for band, (youngest, oldest) in AGE_BANDS.items():
        rows = test["age"].between(youngest, oldest)
        band_auc = roc_auc_score(actual[rows], probability[rows])
        if band_auc < MIN_SLICE_AUC:
            failures.append(f"age band {band}: ROC AUC {band_auc:.3f} is below the floor {MIN_SLICE_AUC}")
    return failures
