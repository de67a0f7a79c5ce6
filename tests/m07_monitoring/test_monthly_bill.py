"""Exercise monthly_bill: the sums of a month's bill, on a price list and traffic the lesson never shows."""

import pytest
from m07_monitoring.bill import monthly_bill, read_prices

from puente.i18n import say

PRICES = """\
as_of: "2026-01-15"
currency: USD
hours_per_month: 720
instances:
  small: {vcpus: 4, usd_per_hour: 0.12}
  large: {vcpus: 16, usd_per_hour: 0.40}
serverless:
  memory_gb: 2.0
  usd_per_gb_second: 0.00002
  usd_per_million_requests: 0.25
ci:
  usd_per_minute: 0.01
"""
MEASURED = {"requests_per_s": 300.0, "vcpus": 2, "seconds_per_request": 0.01}
"""150 requests per second per core; 10 ms of work per request."""


@pytest.fixture
def prices(tmp_path):
    path = tmp_path / "prices.yaml"
    path.write_text(PRICES, encoding="utf-8")
    return read_prices(path)


def bill_says(got, expected, en: str, es: str) -> None:
    assert got == pytest.approx(expected), say(en=en + ": expected {expected}, got {got}",
                                               es=es + ": se esperaba {expected} y dio {got}",
                                               expected=str(expected), got=str(got))


def test_steady_traffic(prices):
    traffic = {"requests_per_month": 50_000_000, "peak_requests_per_s": 1_000, "utilisation": 0.5, "ci_minutes_per_month": 1_200}
    got = monthly_bill(prices, traffic, MEASURED)
    # small: 4 cores x 150 x 0.5 = 300 req/s each -> 4 machines x 0.12 x 720 = 345.60
    # large: 16 x 150 x 0.5 = 1,200 req/s -> 1 machine x 0.40 x 720 = 288.00
    # serverless: 50e6 x 2 GB x 0.01 s x 0.00002 = 20.00, plus 50 x 0.25 = 12.50 -> 32.50
    bill_says(got["options"], {"small": 345.60, "large": 288.00, "serverless": 32.50},
              "cost per month of each option", "costo mensual de cada opción")
    bill_says(got["cheapest"], "serverless", "the cheapest option", "la opción más barata")
    bill_says(got["ci"], 12.00, "1,200 CI minutes at 0.01", "1.200 minutos de CI a 0,01")


def test_busy_traffic_turns_the_answer_around(prices):
    traffic = {"requests_per_month": 2_000_000_000, "peak_requests_per_s": 1_500, "utilisation": 0.75, "ci_minutes_per_month": 90}
    got = monthly_bill(prices, traffic, MEASURED)
    # small: 4 x 150 x 0.75 = 450 req/s -> 4 machines (1,500 / 450 = 3.33) -> 345.60
    # large: 16 x 150 x 0.75 = 1,800 req/s -> 1 machine -> 288.00
    # serverless: 2e9 x 2 x 0.01 x 0.00002 = 800.00, plus 2,000 x 0.25 = 500.00 -> 1,300.00
    bill_says(got["options"], {"small": 345.60, "large": 288.00, "serverless": 1300.00},
              "cost per month of each option", "costo mensual de cada opción")
    bill_says(got["cheapest"], "large", "the cheapest option", "la opción más barata")
    bill_says(got["ci"], 0.90, "90 CI minutes at 0.01", "90 minutos de CI a 0,01")


def test_quiet_traffic_still_pays_for_one_machine(prices):
    traffic = {"requests_per_month": 10_000, "peak_requests_per_s": 1, "utilisation": 0.5, "ci_minutes_per_month": 0}
    got = monthly_bill(prices, traffic, MEASURED)
    # one machine of each size, however idle; serverless: 10,000 x 2 x 0.01 x 0.00002 = 0.004 + 0.0025 -> 0.01
    bill_says(got["options"], {"small": 86.40, "large": 288.00, "serverless": 0.01},
              "an idle machine costs its full hours", "una máquina ociosa cuesta todas sus horas")


def test_a_price_list_without_a_date_is_refused(tmp_path):
    path = tmp_path / "prices.yaml"
    path.write_text(PRICES.replace('as_of: "2026-01-15"\n', ""), encoding="utf-8")
    with pytest.raises(ValueError, match="as_of"):
        read_prices(path)
