"""Alert rules that a team can live with: persistence before firing, hysteresis before clearing.

A rule that fires whenever a value crosses a line fires and clears on every wobble, and a team
that gets paged for noise stops reading pages. `replay_alerts` fires only after the value has
stayed above `fire_above` for `persistence` days in a row, never fires twice while the alert is
open, and clears only once the value is back below `clear_below` (lower than `fire_above`).
Performance is judged only on loans old enough for their outcome to be known.

ES: Reglas de alerta con las que un equipo puede vivir: persistencia antes de disparar e
histéresis antes de cerrar. Una regla que se dispara cada vez que un valor cruza una línea se
dispara y se cierra con cada vaivén, y un equipo al que despiertan por ruido deja de leer las
alertas. `replay_alerts` dispara solo cuando el valor lleva `persistence` días seguidos por
encima de `fire_above`, nunca dispara dos veces mientras la alerta está abierta y la cierra solo
cuando el valor vuelve por debajo de `clear_below` (más bajo que `fire_above`). El desempeño se
juzga solo sobre créditos con edad suficiente para conocer su resultado.
"""

import pandas as pd
from sklearn.metrics import roc_auc_score


def replay_alerts(values: list[float], fire_above: float, clear_below: float, persistence: int) -> list[dict]:
    """Replay a daily stream (day 1 is values[0]); one dict per alert: {"fired": day, "cleared": day or None}.

    ES: Reproduce una serie diaria (el día 1 es values[0]); un diccionario por alerta:
    {"fired": día, "cleared": día o None}.
    """
    # TODO: walk the days counting consecutive days above fire_above; fire on the day the count
    # POR HACER: recorra los días contando los días seguidos por encima de fire_above; dispare el día en que el conteo
    # TODO: reaches `persistence`; while open, ignore breaches; clear on the first day below clear_below.
    # POR HACER: llegue a `persistence`; mientras esté abierta, ignore los excesos; ciérrela el primer día por debajo de clear_below.
    return []


def matured_auc(loans: pd.DataFrame, as_of_month: int, delay_months: int) -> dict[int, float]:
    """ROC AUC per month of the loans whose outcome is known at the end of `as_of_month`.

    `loans` has `month`, `status` ("bad"/"good" as observed: a loan not yet matured looks "good")
    and `probability_bad`. A month counts once `month + delay_months <= as_of_month`.

    ES: ROC AUC por mes de los créditos cuyo resultado se conoce al final de `as_of_month`.
    `loans` tiene `month`, `status` ("bad"/"good" tal como se observa: un crédito que no ha
    madurado parece "good") y `probability_bad`. Un mes cuenta cuando
    `month + delay_months <= as_of_month`.
    """
    # TODO: keep only matured months; for each, roc_auc_score(status == "bad", probability_bad),
    # POR HACER: quédese solo con los meses maduros; para cada uno, roc_auc_score(status == "bad", probability_bad),
    # TODO: rounded to 4 decimals, as {int(month): float}.
    # POR HACER: redondeado a 4 decimales, como {int(month): float}.
    return {}
