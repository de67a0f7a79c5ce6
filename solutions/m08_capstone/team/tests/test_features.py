"""The team's tests of the cleaning and the decision: the code every prediction goes through."""

import math

import pandas as pd
import pytest

from retention.features import FEATURES, clean, cutoff, decide, target


def customer(**changes):
    row = {"female": 1, "senior_citizen": 0, "partner": 0, "dependents": 0, "tenure": 10, "phone_service": 1,
           "multiple_lines": "No", "internet_service": "DSL", "online_security": "No", "online_backup": "No",
           "device_protection": "No", "tech_support": "No", "streaming_tv": "No", "streaming_movies": "No",
           "contract": "Month-to-month", "paperless_billing": 1, "payment_method": "Mailed check",
           "monthly_charges": 50.0, "total_charges": 500.0, "churn": "No"}
    return {**row, **changes}


def test_clean_keeps_the_features_and_adds_charges_per_month():
    cleaned = clean(pd.DataFrame([customer()]))
    assert list(cleaned.columns) == [*FEATURES, "charges_per_month"]
    assert cleaned.loc[0, "charges_per_month"] == 50.0


def test_a_new_customer_has_paid_nothing():
    cleaned = clean(pd.DataFrame([customer(tenure=0, total_charges=math.nan)]))
    assert cleaned.loc[0, "total_charges"] == 0.0
    assert cleaned.loc[0, "charges_per_month"] == 0.0


def test_charges_per_month_divides_by_the_tenure():
    cleaned = clean(pd.DataFrame([customer(tenure=4, total_charges=200.0)]))
    assert cleaned.loc[0, "charges_per_month"] == 50.0
    assert clean(pd.DataFrame([customer(tenure=1, total_charges=30.0)])).loc[0, "charges_per_month"] == 30.0


def test_clean_does_not_change_its_input():
    rows = pd.DataFrame([customer(total_charges=math.nan)])
    clean(rows)
    assert math.isnan(rows.loc[0, "total_charges"])


def test_target_is_one_for_a_customer_who_left():
    assert target(pd.DataFrame([customer(churn="Yes"), customer(churn="No")])).tolist() == [1, 0]


def test_the_cutoff_is_where_an_offer_pays():
    assert cutoff(offer_cost=50, churn_loss=400, offer_saves=0.5) == pytest.approx(0.25)
    assert cutoff(offer_cost=100, churn_loss=400, offer_saves=0.5) == pytest.approx(0.5)


def test_decide_offers_at_and_above_the_cutoff():
    assert decide(0.25, 0.25) == "offer"
    assert decide(0.9, 0.25) == "offer"
    assert decide(0.2499, 0.25) == "no_offer"
