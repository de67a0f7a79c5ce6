"""Tests for the lender's feature code (credit_features): your tests are graded by mutation.

`puente check feature_tests` runs this file against the real credit_features module (every test
must pass) and then against buggy copies of it (each copy your tests fail on is a bug caught).
Read the code you are testing in the lesson, section "Unit tests for feature code".
"""

import pandas as pd  # noqa: F401  (you will need it to build small tables)
from hypothesis import given  # noqa: F401
from hypothesis import strategies as st  # noqa: F401

from credit_features import AGE_BANDS, age_band, build_features, fill_income, fit_income_fill, loan_to_value  # noqa: F401

# TODO: write test functions (def test_...) that pin down what credit_features promises:
# - age_band at the edges of every band (parametrize over (age, band) pairs);
# - loan_to_value on a tiny table whose answer you know by heart;
# - the income fill: which statistic of train, which rows it fills, and what it must leave alone;
# - build_features: what it may learn from train, and what it must never learn from test.
