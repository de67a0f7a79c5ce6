"""A drift report: compare this month's applications with the data the model learned from.

For every feature: the population stability index (PSI, the credit-risk industry's own
measure), and a statistical test from scipy.stats (Kolmogorov-Smirnov for numbers, chi-squared
for categories). A column is flagged when its PSI reaches the threshold; the p-value is
reported, not obeyed, because with thousands of rows it calls tiny, harmless shifts significant.
"""

import numpy as np
import pandas as pd
from scipy import stats

from credit_scoring.schema import CATEGORICAL_COLUMNS, FEATURE_COLUMNS

FLOOR = 1e-4
"""The smallest share a bin may have: an empty bin would make the logarithm infinite."""
PSI_THRESHOLD = 0.2
"""The industry's rule of thumb: below 0.1 stable, 0.1 to 0.2 watch, 0.2 and above act."""
REPORT_COLUMNS = ["column", "psi", "test", "statistic", "p_value", "drifted"]


def shares(reference: pd.Series, current: pd.Series, bins: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """The share of each sample in each bin: reference deciles for numbers, one bin per category."""
    reference, current = reference.dropna(), current.dropna()
    if reference.dtype.kind in "biuf":
        edges = np.unique(np.quantile(reference.to_numpy(dtype=float), np.linspace(0, 1, bins + 1)))[1:-1]
        count = len(edges) + 1
        ref = np.bincount(np.searchsorted(edges, reference.to_numpy(dtype=float), side="right"), minlength=count)
        cur = np.bincount(np.searchsorted(edges, current.to_numpy(dtype=float), side="right"), minlength=count)
    else:
        categories = sorted(set(reference.unique()) | set(current.unique()))
        ref = reference.value_counts().reindex(categories, fill_value=0).to_numpy()
        cur = current.value_counts().reindex(categories, fill_value=0).to_numpy()
    return ref / ref.sum(), cur / cur.sum()


def psi(reference: pd.Series, current: pd.Series, bins: int = 10) -> float:
    """Population stability index of `current` against `reference`: sum((c - r) * ln(c / r))."""
    ref, cur = shares(reference, current, bins)
    ref, cur = np.maximum(ref, FLOOR), np.maximum(cur, FLOOR)
    return float(np.sum((cur - ref) * np.log(cur / ref)))


def statistical_test(reference: pd.Series, current: pd.Series) -> tuple[str, float, float]:
    """("ks" or "chi2", statistic, p-value), from scipy.stats on the non-missing values."""
    reference, current = reference.dropna(), current.dropna()
    if reference.name in CATEGORICAL_COLUMNS or reference.dtype.kind not in "biuf":
        categories = sorted(set(reference.unique()) | set(current.unique()))
        table = np.array([reference.value_counts().reindex(categories, fill_value=0).to_numpy(),
                          current.value_counts().reindex(categories, fill_value=0).to_numpy()])
        result = stats.chi2_contingency(table)
        return "chi2", float(result.statistic), float(result.pvalue)
    result = stats.ks_2samp(reference.to_numpy(dtype=float), current.to_numpy(dtype=float))
    return "ks", float(result.statistic), float(result.pvalue)


def drift_report(reference: pd.DataFrame, current: pd.DataFrame, columns: tuple[str, ...] = FEATURE_COLUMNS,
                 threshold: float = PSI_THRESHOLD) -> pd.DataFrame:
    """One row per column: psi, test, statistic, p_value, and drifted (psi >= threshold)."""
    rows = []
    for column in columns:
        test, statistic, p_value = statistical_test(reference[column], current[column])
        value = psi(reference[column], current[column])
        rows.append({"column": column, "psi": value, "test": test, "statistic": statistic,
                     "p_value": p_value, "drifted": bool(value >= threshold)})
    return pd.DataFrame(rows, columns=REPORT_COLUMNS)
