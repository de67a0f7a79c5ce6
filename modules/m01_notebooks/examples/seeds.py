"""Same seed, same split: the held-out rows, and so the metric, stay the same from run to run."""

import pandas as pd
from sklearn.model_selection import train_test_split


def split_applications(applications: pd.DataFrame, seed: int, test_size: float = 0.2) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Train and test rows; `stratify` keeps the share of bad credits equal in both."""
    return train_test_split(
        applications, test_size=test_size, random_state=seed, stratify=applications["status"]
    )
