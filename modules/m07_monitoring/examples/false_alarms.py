"""Why a p-value threshold alone floods a team with alarms, while PSI stays calm."""

import numpy as np
import pandas as pd
from scipy import stats

from psi_by_hand import decile_shares, psi


def alarms_when_nothing_changes(pool: pd.DataFrame, columns: list[str], days: int = 30,
                                rows: int = 1500, seed: int = 1) -> dict[str, int]:
    """Two samples of the same applicants every day, on every column: every alarm is a false one."""
    rng = np.random.default_rng(seed)
    counts = {"ks p < 0.05": 0, "psi >= 0.2": 0, "tests": 0}
    for _ in range(days):
        before, after = (pool.iloc[rng.integers(0, len(pool), rows)] for _ in range(2))
        for column in columns:
            ref, cur = before[column].dropna().to_numpy(float), after[column].dropna().to_numpy(float)
            counts["ks p < 0.05"] += bool(stats.ks_2samp(ref, cur).pvalue < 0.05)
            counts["psi >= 0.2"] += bool(psi(*decile_shares(ref, cur)) >= 0.2)
            counts["tests"] += 1
    return counts


def a_harmless_rise_at_scale(pool: pd.DataFrame, rows: int = 200_000, rise: float = 0.02, seed: int = 2) -> dict[str, float]:
    """Incomes 2% higher, 200,000 applications a month: "significant" to KS, negligible to PSI."""
    rng = np.random.default_rng(seed)
    incomes = pool["income"].dropna().to_numpy(float)
    before, after = rng.choice(incomes, rows), rng.choice(incomes, rows) * (1 + rise)
    return {"ks_p_value": float(stats.ks_2samp(before, after).pvalue), "psi": psi(*decile_shares(before, after))}
