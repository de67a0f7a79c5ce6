import numpy as np
import pandas as pd
from m00_welcome.missing_values import missing_by_column

from puente.i18n import say


def test_small_table_keeps_only_columns_with_holes_largest_first():
    applications = pd.DataFrame(
        {"age": [30, 41, 25], "income": [np.nan, np.nan, 120.0], "job": ["fixed", None, "freelance"]}
    )
    counts = missing_by_column(applications)
    assert counts == {"income": 2, "job": 1}, say(en="income has 2 missing values and job 1; age has none", es="income tiene 2 valores faltantes y job 1; age no tiene ninguno")
    assert list(counts) == ["income", "job"], say(en="the largest count comes first", es="el conteo más grande va primero")


def test_counts_are_plain_ints(credit_data_path):
    counts = missing_by_column(pd.read_csv(credit_data_path))
    assert counts, say(en="the lender's data does have missing values", es="los datos del prestamista sí tienen valores faltantes")
    assert all(type(count) is int for count in counts.values()), say(en="counts must be plain int, not numpy types", es="los conteos deben ser int de Python, no tipos de numpy")


def test_the_lenders_holes(credit_data_path):
    counts = missing_by_column(pd.read_csv(credit_data_path))
    assert counts == {"income": 381, "assets": 47, "debt": 18, "home": 6, "job": 2, "marital": 1}, say(
        en="the lender's missing values per column, largest first", es="los valores faltantes del prestamista por columna, el más grande primero"
    )

