"""Exercise alert_rules: persistence before firing, no duplicates, hysteresis, matured loans only."""

import pandas as pd
import pytest
from m07_monitoring.alerts import matured_auc, replay_alerts
from sklearn.metrics import roc_auc_score

from credit_scoring.metric_stream import daily_psi
from credit_scoring.production_year import labels_as_of
from credit_scoring.schema import FEATURE_COLUMNS
from puente.i18n import say


def check(got, expected, en: str, es: str) -> None:
    assert got == expected, say(en=en + ": expected {expected}, got {got}", es=es + ": se esperaba {expected} y dio {got}",
                                expected=str(expected), got=str(got))


def test_fires_only_after_the_persistence():
    got = replay_alerts([0.3, 0.3, 0.1, 0.3, 0.3, 0.3, 0.3], fire_above=0.25, clear_below=0.1, persistence=3)
    check(got, [{"fired": 6, "cleared": None}],
          "two days above 0.25 are not three; the alert fires on day 6, the third day in a row",
          "dos días por encima de 0,25 no son tres; la alerta se dispara el día 6, el tercer día seguido")


def test_one_alert_while_the_breach_lasts():
    got = replay_alerts([0.5] * 20, fire_above=0.25, clear_below=0.1, persistence=2)
    check(got, [{"fired": 2, "cleared": None}],
          "twenty days above the line are one open alert, fired on day 2",
          "veinte días por encima de la línea son una sola alerta abierta, disparada el día 2")


def test_clears_only_below_the_lower_line():
    got = replay_alerts([0.5, 0.5, 0.2, 0.5, 0.05, 0.5, 0.5], fire_above=0.25, clear_below=0.1, persistence=2)
    check(got, [{"fired": 2, "cleared": 5}, {"fired": 7, "cleared": None}],
          "0.2 is under the firing line but above the clearing line (0.1): the alert stays open until day 5",
          "0,2 está bajo la línea de disparo pero sobre la de cierre (0,1): la alerta sigue abierta hasta el día 5")


def test_the_recorded_ninety_days():
    stream = daily_psi()
    got = replay_alerts(stream["psi_income"].tolist(), fire_above=0.25, clear_below=0.1, persistence=3)
    check(got, [{"fired": 32, "cleared": 46}, {"fired": 77, "cleared": None}],
          "the 90-day stream has one real episode (days 30-45) and a drift still on at the end; the blip of day 12, "
          "the dip of day 38 and the wobble of days 60-61 must not page anyone",
          "la serie de 90 días tiene un episodio real (días 30 a 45) y una deriva que sigue al final; el pico del día 12, "
          "la caída del día 38 y el vaivén de los días 60 y 61 no deben despertar a nadie")


def test_a_hand_made_book_of_loans():
    loans = pd.DataFrame({"month": [1, 1, 1, 1, 2, 2, 3, 3],
                          "status": ["bad", "good", "good", "bad", "bad", "good", "good", "good"],
                          "probability_bad": [0.9, 0.2, 0.6, 0.4, 0.7, 0.3, 0.5, 0.1]})
    got = matured_auc(loans, as_of_month=4, delay_months=2)
    check(got, {1: 0.75, 2: 1.0},
          "at the end of month 4, with outcomes known 2 months later, months 1 and 2 have matured, month 3 has not",
          "al final del mes 4, con resultados que se conocen 2 meses después, los meses 1 y 2 maduraron, el 3 no")


@pytest.mark.parametrize("as_of", [6, 12])
def test_only_matured_months_of_the_year(as_of, year, plan, model):
    loans = pd.DataFrame({"month": year["month"], "status": labels_as_of(year, as_of, plan),
                          "probability_bad": model.predict_proba(year[list(FEATURE_COLUMNS)])[:, 1]})
    got = matured_auc(loans, as_of_month=as_of, delay_months=plan["label_delay_months"])
    months = range(1, as_of - plan["label_delay_months"] + 1)
    expected = {m: round(float(roc_auc_score(year.loc[year["month"] == m, "status"] == "bad",
                                             loans.loc[loans["month"] == m, "probability_bad"])), 4) for m in months}
    check(got, expected,
          f"at the end of month {as_of} only months 1 to {as_of - 3} have matured, each with its ROC AUC (4 decimals)",
          f"al final del mes {as_of} solo maduraron los meses 1 a {as_of - 3}, cada uno con su ROC AUC (4 decimales)")
