"""Exercise separating_column: which of the lender's columns best tells good credits from bad ones?

The answers on the real data are recomputed here, independently, with a crosstab.
"""

import pandas as pd
import pytest
from m00_welcome.separating_column import bad_rate_by_group, bad_rate_gap, most_separating_column

from puente.i18n import say

COLUMNS = ["home", "marital", "records", "job"]
SMALL = pd.DataFrame({
    "status": ["bad", "good", "good", "bad", "bad", "bad", "good"],
    "home": ["owner", "owner", "owner", "rent", "rent", "castle", None],
})


def gaps_recomputed(applications: pd.DataFrame, min_group: int) -> dict[str, float]:
    """Each column's gap, the long way: counts of bad and of all per value, then the largest minus the smallest rate."""
    gaps = {}
    for column in COLUMNS:
        table = pd.crosstab(applications[column], applications["status"])
        table = table[table.sum(axis=1) >= min_group]
        rates = table["bad"] / table.sum(axis=1)
        gaps[column] = float(rates.max() - rates.min())
    return gaps


def test_bad_rates_of_a_small_table():
    got = bad_rate_by_group(SMALL, "home", min_group=2)
    assert got == pytest.approx({"owner": 1 / 3, "rent": 1.0}), say(
        en="owner: 1 bad of 3, rent: 2 of 2; castle has 1 applicant (< min_group 2) and the missing home forms no group; got {got}",
        es="owner: 1 malo de 3, rent: 2 de 2; castle tiene 1 solicitante (< min_group 2) y el home faltante no forma grupo; llegó {got}",
        got=got)
    assert all(type(key) is str and type(value) is float for key, value in got.items()), say(
        en="return plain str keys and float rates, got {types}", es="devuelva claves str y tasas float, llegó {types}",
        types={repr(key): type(value).__name__ for key, value in got.items()})


def test_gap_of_a_small_table():
    gap = bad_rate_gap(SMALL, "home", min_group=2)
    assert type(gap) is float and gap == pytest.approx(2 / 3), say(
        en="rent's rate 1.0 minus owner's 1/3 is a gap of 0.667, got {gap!r}",
        es="la tasa de rent, 1,0, menos la de owner, 1/3, es una brecha de 0,667; llegó {gap!r}", gap=gap)
    none_big_enough = bad_rate_gap(SMALL, "home", min_group=4)
    assert none_big_enough == 0.0, say(
        en="with min_group 4 no group is big enough, so there is no gap to measure: 0.0, got {gap!r}",
        es="con min_group 4 ningún grupo es bastante grande, así que no hay brecha que medir: 0,0; llegó {gap!r}", gap=none_big_enough)


def test_which_column_separates_the_lenders_credits(credit_data_path):
    applications = pd.read_csv(credit_data_path)
    gaps = gaps_recomputed(applications, min_group=100)
    expected = max(gaps, key=gaps.get)
    column, gap = most_separating_column(applications, COLUMNS)
    assert column == expected, say(
        en="with groups of at least 100 applicants, {expected} separates best (gap {gap:.3f}); got {column!r}. All gaps: {gaps}",
        es="con grupos de al menos 100 solicitantes, {expected} separa mejor (brecha {gap:.3f}); llegó {column!r}. Todas las brechas: {gaps}",
        expected=expected, gap=gaps[expected], column=column, gaps={k: round(v, 3) for k, v in gaps.items()})
    assert type(gap) is float and gap == pytest.approx(gaps[expected]), say(
        en="the gap of {expected} is {want:.4f}, got {gap!r}", es="la brecha de {expected} es {want:.4f}, llegó {gap!r}",
        expected=expected, want=gaps[expected], gap=gap)


def test_a_stricter_group_size_changes_the_answer(credit_data_path):
    applications = pd.read_csv(credit_data_path)
    gaps = gaps_recomputed(applications, min_group=500)
    expected = max(gaps, key=gaps.get)
    column, gap = most_separating_column(applications, COLUMNS, min_group=500)
    assert (column, gap) == (expected, pytest.approx(gaps[expected])), say(
        en="with min_group=500 the part-time group (452 applicants) drops out, and {expected} wins with a gap of {want:.3f}; got ({column!r}, {gap!r})",
        es="con min_group=500 el grupo de medio tiempo (452 solicitantes) queda por fuera y gana {expected} con una brecha de {want:.3f}; llegó ({column!r}, {gap!r})",
        expected=expected, want=gaps[expected], column=column, gap=gap)
