"""Tests for the lender's feature code (credit_features), strong enough to catch its classic bugs."""

import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from credit_features import AGE_BANDS, age_band, build_features, fill_income, fit_income_fill, loan_to_value


@pytest.mark.parametrize(
    ("age", "band"),
    [(18, "18-25"), (25, "18-25"), (26, "26-35"), (35, "26-35"), (36, "36-50"), (50, "36-50"), (51, "51+")],
)
def test_age_band_edges(age, band):
    assert age_band(age) == band


@given(st.integers(min_value=18, max_value=99))
def test_age_bands_never_go_backwards(age):
    assert AGE_BANDS.index(age_band(age)) <= AGE_BANDS.index(age_band(age + 1))


def test_loan_to_value_is_amount_over_price():
    applications = pd.DataFrame({"amount": [800, 500], "price": [1000, 2000]})
    assert loan_to_value(applications).tolist() == [0.8, 0.25]


def test_income_fill_is_the_median_of_train():
    train = pd.DataFrame({"income": [100.0, 120.0, 900.0, None]})
    assert fit_income_fill(train) == 120.0


def test_fill_income_fills_only_the_holes_and_keeps_the_input():
    applications = pd.DataFrame({"income": [50.0, None]})
    filled = fill_income(applications, 120.0)
    assert filled["income"].tolist() == [50.0, 120.0]
    assert math.isnan(applications["income"][1]), "fill_income must not change the table it was given"


def test_build_features_learns_the_fill_from_train_only():
    train = pd.DataFrame({"income": [100.0, 200.0, 300.0], "age": [30, 40, 50], "amount": [1, 1, 1], "price": [2, 2, 2]})
    test = pd.DataFrame({"income": [None, 5000.0, 6000.0], "age": [25, 26, 60], "amount": [1, 1, 1], "price": [4, 4, 4]})
    train_features, test_features = build_features(train, test)
    assert test_features["income"].tolist() == [200.0, 5000.0, 6000.0]
    assert test_features["age_band"].tolist() == ["18-25", "26-35", "51+"]
    assert train_features["loan_to_value"].tolist() == [0.5, 0.5, 0.5]
