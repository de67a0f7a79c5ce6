"""ROC AUC per age band: an average can hide a group the model serves badly."""

import pandas as pd
from sklearn.metrics import roc_auc_score

AGE_BINS = [17, 25, 35, 50, 200]
AGE_LABELS = ["18-25", "26-35", "36-50", "51+"]


def auc_by_age_band(age: pd.Series, actual: pd.Series, probability: pd.Series) -> dict[str, float]:
    bands = pd.cut(age, bins=AGE_BINS, labels=AGE_LABELS)
    return {
        band: round(float(roc_auc_score(actual[bands == band], probability[bands == band])), 3)
        for band in AGE_LABELS
        if actual[bands == band].nunique() == 2
    }
