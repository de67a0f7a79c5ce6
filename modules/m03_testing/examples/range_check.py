"""One data-validation rule, written so the error tells the sender what to fix."""

import pandas as pd


def check_range(batch: pd.DataFrame, column: str, low: float, high: float) -> None:
    outside = batch[column].dropna()
    outside = outside[~outside.between(low, high)]
    if len(outside):
        raise ValueError(
            f"column '{column}' breaks the range rule: {len(outside)} value(s) outside {low}..{high}, "
            f"e.g. {outside.iloc[0]}"
        )
