"""First look at the lender's applications: load them, and measure how often credit goes bad.

ES: Primera mirada a las solicitudes del prestamista: cárguelas y mida qué tan seguido un crédito sale malo.
"""

from pathlib import Path

import pandas as pd


def load_applications(path: Path) -> pd.DataFrame:
    """Read the credit applications CSV, one row per applicant.

    ES: Lea el CSV de solicitudes de crédito, una fila por solicitante.
    """
    # TODO: read the CSV at `path` with pandas and return the DataFrame.
    # POR HACER: lea el CSV que está en `path` con pandas y devuelva el DataFrame.
    return pd.DataFrame()


def default_rate(applications: pd.DataFrame) -> float:
    """The share of applicants whose status is "bad" (they did not repay).

    ES: La proporción de solicitantes cuyo status es "bad" (no pagaron).
    """
    # TODO: return the fraction of rows whose "status" column equals "bad", as a float.
    # POR HACER: devuelva la fracción de filas cuya columna "status" es igual a "bad", como float.
    return 0.0
