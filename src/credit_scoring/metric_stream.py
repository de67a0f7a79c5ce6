"""A recorded 90-day stream of one monitoring metric (the daily PSI of income), with known episodes.

Module 07 replays it through alert rules. Its story is fixed, only the small noise is seeded:
a one-day blip (day 12), a real episode (days 30 to 45) with a dip that is not yet recovery
(day 38), a two-day wobble (days 60 and 61), and a drift that starts on day 75 and is still on
at the end of the recording.
"""

import numpy as np
import pandas as pd

DAYS = 90
EPISODES: list[tuple[int, int, float]] = [
    # first day, last day (inclusive), level of the metric on those days
    (12, 12, 0.31),
    (30, 45, 0.34),
    (38, 38, 0.18),
    (60, 61, 0.29),
    (75, 90, 0.36),
]
QUIET_LEVEL = 0.05
NOISE = 0.01


def daily_psi(seed: int = 7, days: int = DAYS) -> pd.DataFrame:
    """Columns `day` (1 to `days`) and `psi_income`, rounded to 3 decimals."""
    level = np.full(days, QUIET_LEVEL)
    for first, last, value in EPISODES:
        level[first - 1:last] = value
    noise = np.random.default_rng(seed).uniform(-NOISE, NOISE, days)
    return pd.DataFrame({"day": np.arange(1, days + 1), "psi_income": (level + noise).round(3)})
