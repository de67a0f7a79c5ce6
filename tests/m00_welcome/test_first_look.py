import pandas as pd
import pytest
from m00_welcome.first_look import default_rate, load_applications

from puente.exact import plain


def test_loads_every_application(credit_data_path):
    applications = load_applications(credit_data_path)
    assert applications.shape == (4454, 14), f"expected 4454 rows x 14 columns, got {applications.shape}"
    assert list(applications.columns[:3]) == ["status", "seniority", "home"]


def test_default_rate_of_a_small_table():
    applications = pd.DataFrame({"status": ["good", "bad", "good", "good"]})
    assert plain(default_rate(applications)) == pytest.approx(0.25), "1 bad out of 4 applicants is a rate of 0.25"


def test_default_rate_of_the_lender(credit_data_path):
    applications = pd.read_csv(credit_data_path)
    rate = default_rate(applications)
    assert type(plain(rate)) is float, f"expected a float, got {type(rate).__name__}"
    assert rate == pytest.approx(1254 / 4454), "the lender has 1254 bad credits among 4454"
