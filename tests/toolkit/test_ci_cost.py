"""CI minutes are rounded up per job, then multiplied by pushes, days and the dated list price."""

from puente.ci_cost import (
    LINUX_2_CORE_USD_PER_MINUTE,
    PRICE_DATE,
    PRICE_SOURCE,
    billed_minutes,
    monthly_cost_usd,
    monthly_minutes,
)


def test_each_job_is_rounded_up_to_a_whole_minute():
    assert billed_minutes([10, 10]) == 2
    assert billed_minutes([61]) == 2
    assert billed_minutes([0.5, 120]) == 3


def test_twenty_pushes_a_day_for_a_month():
    assert monthly_minutes([150]) == 3 * 20 * 30
    assert monthly_cost_usd([150]) == 10.8
    assert monthly_cost_usd([150], price=0.008) == 14.4


def test_the_price_is_dated_and_cited():
    assert (LINUX_2_CORE_USD_PER_MINUTE, PRICE_DATE) == (0.006, "2026-10-30")
    assert PRICE_SOURCE.startswith("https://docs.github.com/")
