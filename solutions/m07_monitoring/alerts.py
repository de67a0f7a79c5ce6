"""Alert rules that a team can live with: persistence before firing, hysteresis before clearing.

A rule that fires whenever a value crosses a line fires and clears on every wobble, and a team
that gets paged for noise stops reading pages. `replay_alerts` fires only after the value has
stayed above `fire_above` for `persistence` days in a row, never fires twice while the alert is
open, and clears only once the value is back below `clear_below` (lower than `fire_above`).
Performance is judged only on loans old enough for their outcome to be known.
"""

import pandas as pd
from sklearn.metrics import roc_auc_score


def replay_alerts(values: list[float], fire_above: float, clear_below: float, persistence: int) -> list[dict]:
    """Replay a daily stream (day 1 is values[0]); one dict per alert: {"fired": day, "cleared": day or None}."""
    if clear_below > fire_above:
        raise ValueError(f"clear_below ({clear_below}) must not be above fire_above ({fire_above}): that is no hysteresis")
    alerts: list[dict] = []
    streak, open_alert = 0, None
    for day, value in enumerate(values, start=1):
        if open_alert is None:
            streak = streak + 1 if value > fire_above else 0
            if streak >= persistence:
                open_alert = {"fired": day, "cleared": None}
                alerts.append(open_alert)
        elif value < clear_below:
            open_alert["cleared"] = day
            open_alert, streak = None, 0
    return alerts


def matured_auc(loans: pd.DataFrame, as_of_month: int, delay_months: int) -> dict[int, float]:
    """ROC AUC per month of the loans whose outcome is known at the end of `as_of_month`.

    `loans` has `month`, `status` ("bad"/"good" as observed: a loan not yet matured looks "good")
    and `probability_bad`. A month counts once `month + delay_months <= as_of_month`.
    """
    matured = loans[loans["month"] + delay_months <= as_of_month]
    return {
        int(month): round(float(roc_auc_score(group["status"] == "bad", group["probability_bad"])), 4)
        for month, group in matured.groupby("month")
    }
