"""Exercise drift_report: PSI by hand, scipy's tests, and a report that flags what really drifted."""

import math

import numpy as np
import pandas as pd
import pytest
from m07_monitoring.drift import drift_report, psi
from scipy import stats

from credit_scoring.production_year import creeping_columns, drifted_columns
from credit_scoring.schema import FEATURE_COLUMNS
from puente.i18n import say

FALSE_ALARM_BUDGET = 1
"""Flags on columns the plan left alone, over the whole year (12 months x 13 columns)."""


def test_psi_is_zero_against_itself_and_grows_with_a_shift():
    sample = pd.Series(np.arange(100.0))
    same, shifted = psi(sample, sample), psi(sample, sample + 50)
    assert same == pytest.approx(0.0, abs=1e-12), say(en="a sample against itself has a PSI of 0, got {got}",
                                                      es="una muestra contra sí misma tiene un PSI de 0, dio {got}", got=same)
    assert shifted > 1, say(en="half the values moved past the reference's top decile: PSI must be well above 1, got {got}",
                            es="la mitad de los valores pasó el decil más alto de la referencia: el PSI debe ser bastante mayor que 1, dio {got}",
                            got=shifted)


def test_psi_of_numbers_uses_the_reference_deciles_and_the_floor():
    reference = pd.Series([1.0, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    current = pd.Series([1.0, 1, 1, 1, 1, 2, 3, 4, 5, 6])
    # reference: one value per decile bin (0.1 each); current: 0.5 in the first bin, 0.1 in the next
    # five, nothing in the last four (floored at 1e-4)
    expected = 0.4 * math.log(5) + 4 * (1e-4 - 0.1) * math.log(1e-4 / 0.1)
    got = psi(reference, current)
    assert got == pytest.approx(expected, rel=1e-6), say(
        en="PSI of the textbook case: expected {expected:.5f}, got {got}; bins are the reference's deciles, empty shares become 0.0001",
        es="PSI del caso de libro: se esperaba {expected:.5f} y dio {got}; los intervalos son los deciles de la referencia y las proporciones vacías pasan a 0,0001",
        expected=expected, got=got)


def test_psi_of_categories_counts_a_new_category():
    reference = pd.Series(["fixed"] * 50 + ["freelance"] * 50)
    current = pd.Series(["fixed"] * 25 + ["freelance"] * 25 + ["gig"] * 50)
    expected = 2 * (0.25 - 0.5) * math.log(0.25 / 0.5) + (0.5 - 1e-4) * math.log(0.5 / 1e-4)
    got = psi(reference, current)
    assert got == pytest.approx(expected, rel=1e-6), say(
        en="a category unseen in the reference (gig, half the current rows) must count: expected {expected:.4f}, got {got}",
        es="una categoría que la referencia no tiene (gig, la mitad de las filas actuales) debe contar: se esperaba {expected:.4f} y dio {got}",
        expected=expected, got=got)


def test_missing_values_are_left_out():
    reference = pd.Series([1.0, 2, 3, 4, np.nan, 5, 6, 7, 8, 9, 10])
    current = pd.Series([np.nan, 1.0, 1, 1, 1, 1, 2, 3, 4, 5, 6])
    expected = 0.4 * math.log(5) + 4 * (1e-4 - 0.1) * math.log(1e-4 / 0.1)
    got = psi(reference, current)
    assert got == pytest.approx(expected, rel=1e-6), say(
        en="the textbook case with a hole in each sample: the holes are left out, so PSI is still {expected:.5f}; got {got}",
        es="el caso de libro con un hueco en cada muestra: los huecos se dejan por fuera, así que el PSI sigue siendo {expected:.5f}; dio {got}",
        expected=expected, got=got)


def test_the_report_has_one_row_per_feature(reference, year):
    report = drift_report(reference, year[year["month"] == 1])
    assert isinstance(report, pd.DataFrame), say(en="drift_report must return a DataFrame, got {kind}",
                                                 es="drift_report debe devolver un DataFrame, devolvió {kind}",
                                                 kind=type(report).__name__)
    assert list(report["column"]) == list(FEATURE_COLUMNS), say(
        en="one row per feature, in the order of FEATURE_COLUMNS", es="una fila por variable, en el orden de FEATURE_COLUMNS")
    tests = dict(zip(report["column"], report["test"], strict=True))
    assert (tests["income"], tests["job"]) == ("ks", "chi2"), say(
        en="numbers get Kolmogorov-Smirnov (ks), categories chi-squared (chi2); got {got}",
        es="los números llevan Kolmogorov-Smirnov (ks) y las categorías chi cuadrado (chi2); dio {got}",
        got=str((tests["income"], tests["job"])))


def test_exactly_the_drifted_columns_are_flagged(reference, year, plan):
    false_alarms = []
    for month in range(1, 13):
        report = drift_report(reference, year[year["month"] == month])
        flagged = set(report.loc[report["drifted"].astype(bool), "column"])
        expected, creeping = drifted_columns(month, plan), creeping_columns(month, plan)
        missed = expected - flagged
        assert not missed, say(en="month {month}: the plan drifted {missed} but the report did not flag it",
                               es="mes {month}: el plan hizo derivar {missed} pero el informe no lo marcó",
                               month=month, missed=", ".join(sorted(missed)))
        false_alarms += [f"{month}:{c}" for c in sorted(flagged - expected - creeping)]
    assert len(false_alarms) <= FALSE_ALARM_BUDGET, say(
        en="{count} false alarms on columns the plan left alone ({which}); the budget is {budget}",
        es="{count} falsas alarmas en columnas que el plan no tocó ({which}); el presupuesto es {budget}",
        count=len(false_alarms), which=", ".join(false_alarms), budget=FALSE_ALARM_BUDGET)


def test_the_tests_agree_with_scipy(reference, year):
    current = year[year["month"] == 12]
    report = drift_report(reference, current).set_index("column")
    ks = stats.ks_2samp(reference["income"].dropna(), current["income"].dropna())
    categories = sorted(set(reference["job"].dropna()) | set(current["job"].dropna()))
    table = [reference["job"].value_counts().reindex(categories, fill_value=0),
             current["job"].value_counts().reindex(categories, fill_value=0)]
    chi2 = stats.chi2_contingency(np.array(table))
    for column, result in (("income", ks), ("job", chi2)):
        got = (report.loc[column, "statistic"], report.loc[column, "p_value"])
        assert got == pytest.approx((result.statistic, result.pvalue), rel=1e-9, abs=1e-300), say(
            en="{column}: statistic and p-value must be scipy.stats' own ({statistic:.4f}, {p}); got {got}",
            es="{column}: el estadístico y el valor p deben ser los de scipy.stats ({statistic:.4f}, {p}); dio {got}",
            column=column, statistic=result.statistic, p=result.pvalue, got=str(got))
