"""A drift report: compare this month's applications with the data the model learned from.

For every feature: the population stability index (PSI, the credit-risk industry's own
measure), and a statistical test from scipy.stats (Kolmogorov-Smirnov for numbers, chi-squared
for categories). A column is flagged when its PSI reaches the threshold; the p-value is
reported, not obeyed, because with thousands of rows it calls tiny, harmless shifts significant.

ES: Un informe de deriva: compara las solicitudes de este mes con los datos de los que aprendió
el modelo. Para cada variable: el índice de estabilidad poblacional (PSI, la medida propia del
riesgo de crédito) y una prueba estadística de scipy.stats (Kolmogorov-Smirnov para números,
chi cuadrado para categorías). Una columna se marca cuando su PSI llega al umbral; el valor p
se reporta, no se obedece, porque con miles de filas declara significativos cambios mínimos.
"""

import numpy as np
import pandas as pd
from scipy import stats

from credit_scoring.schema import CATEGORICAL_COLUMNS, FEATURE_COLUMNS

FLOOR = 1e-4
"""The smallest share a bin may have: an empty bin would make the logarithm infinite.

ES: La proporción más pequeña que puede tener un intervalo: uno vacío haría infinito el logaritmo.
"""
PSI_THRESHOLD = 0.2
"""The industry's rule of thumb: below 0.1 stable, 0.1 to 0.2 watch, 0.2 and above act.

ES: La regla de la industria: menos de 0,1 estable, de 0,1 a 0,2 vigilar, 0,2 o más actuar.
"""
REPORT_COLUMNS = ["column", "psi", "test", "statistic", "p_value", "drifted"]


def shares(reference: pd.Series, current: pd.Series, bins: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """The share of each sample in each bin: reference deciles for numbers, one bin per category.

    ES: La proporción de cada muestra en cada intervalo: deciles de la referencia para números,
    un intervalo por categoría.
    """
    # TODO: drop missing values from both samples. For numbers (dtype.kind in "biuf"), the inner
    # POR HACER: quite los valores faltantes de ambas muestras. Para números (dtype.kind en "biuf"), los bordes internos
    # TODO: edges are np.unique(np.quantile(reference, np.linspace(0, 1, bins + 1)))[1:-1]; count each
    # POR HACER: son np.unique(np.quantile(reference, np.linspace(0, 1, bins + 1)))[1:-1]; cuente cada
    # TODO: sample per bin with np.searchsorted(edges, values, side="right"). For categories, one bin
    # POR HACER: muestra por intervalo con np.searchsorted(edges, values, side="right"). Para categorías, un intervalo
    # TODO: per category of either sample. Return the two arrays of shares (each sums to 1).
    # POR HACER: por cada categoría de cualquiera de las dos muestras. Devuelva los dos arreglos de proporciones (cada uno suma 1).
    return np.array([1.0]), np.array([1.0])


def psi(reference: pd.Series, current: pd.Series, bins: int = 10) -> float:
    """Population stability index of `current` against `reference`: sum((c - r) * ln(c / r)).

    ES: Índice de estabilidad poblacional de `current` frente a `reference`: suma((c - r) * ln(c / r)).
    """
    # TODO: the shares of both samples, each floored at FLOOR, then the sum above, as a float.
    # POR HACER: las proporciones de ambas muestras, cada una con piso FLOOR, y luego la suma de arriba, como float.
    return 0.0


def statistical_test(reference: pd.Series, current: pd.Series) -> tuple[str, float, float]:
    """("ks" or "chi2", statistic, p-value), from scipy.stats on the non-missing values.

    ES: ("ks" o "chi2", estadístico, valor p), de scipy.stats sobre los valores no faltantes.
    """
    # TODO: categories: stats.chi2_contingency on a 2-row table of counts per category;
    # POR HACER: categorías: stats.chi2_contingency sobre una tabla de 2 filas con los conteos por categoría;
    # TODO: numbers: stats.ks_2samp(reference, current). Never rewrite the tests by hand.
    # POR HACER: números: stats.ks_2samp(reference, current). Nunca reescriba las pruebas a mano.
    return "ks", 0.0, 1.0


def drift_report(reference: pd.DataFrame, current: pd.DataFrame, columns: tuple[str, ...] = FEATURE_COLUMNS,
                 threshold: float = PSI_THRESHOLD) -> pd.DataFrame:
    """One row per column: psi, test, statistic, p_value, and drifted (psi >= threshold).

    ES: Una fila por columna: psi, test, statistic, p_value y drifted (psi >= threshold).
    """
    # TODO: one dict per column with the keys of REPORT_COLUMNS, in the order of `columns`.
    # POR HACER: un diccionario por columna con las llaves de REPORT_COLUMNS, en el orden de `columns`.
    return pd.DataFrame(columns=REPORT_COLUMNS)
