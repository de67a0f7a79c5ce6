"""What each drift statistic cannot see, shown on small samples with known answers."""

import numpy as np
from scipy import stats

from psi_by_hand import decile_shares, psi

incomes = np.random.default_rng(0).lognormal(mean=4.9, sigma=0.5, size=5_000)


def ks_sees_a_ten_percent_rise() -> float:
    """KS compares whole distributions of numbers: a 10% rise in incomes is plain to it (its p-value)."""
    return float(stats.ks_2samp(incomes, incomes * 1.10).pvalue)


def chi2_ignores_order() -> tuple[float, float]:
    """Chi-squared sees categories as labels: bands low < middle < high read backwards give the same value."""
    reference, current = [400, 400, 200], [300, 400, 300]  # 100 applicants moved from the low band to the high one
    forwards = stats.chi2_contingency([reference, current]).statistic
    backwards = stats.chi2_contingency([reference[::-1], current[::-1]]).statistic
    return float(forwards), float(backwards)


def psi_misses_a_move_inside_its_bins() -> tuple[float, float]:
    """PSI only counts bins: every income pushed down to the bottom of its decile leaves PSI at 0."""
    edges = np.quantile(incomes, np.linspace(0, 1, 11))[1:-1]
    bottoms = np.concatenate([[incomes.min()], edges])
    lowered = bottoms[np.searchsorted(edges, incomes, side="right")]
    return psi(*decile_shares(incomes, lowered)), float(lowered.mean() / incomes.mean() - 1)


def inputs_miss_a_change_in_outcomes() -> tuple[float, float]:
    """The same applicants, twice the defaults: inputs did not move, so no statistic on inputs moves."""
    return psi(*decile_shares(incomes, incomes.copy())), float(stats.ks_2samp(incomes, incomes.copy()).pvalue)
