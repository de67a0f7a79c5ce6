import numpy as np
import pandas as pd
from m00_welcome.missing_values import missing_by_column

from puente.exact import plain
from puente.i18n import say


def test_small_table_keeps_only_columns_with_holes_largest_first():
    applications = pd.DataFrame(
        {"age": [30, 41, 25], "job": ["fixed", None, "freelance"], "income": [np.nan, np.nan, 120.0]}
    )
    counts = missing_by_column(applications)
    assert plain(counts) == {"income": 2, "job": 1}, say(en="only the columns with holes, with their counts",
                                                          es="solo las columnas con huecos, con sus conteos")
    assert list(counts) == ["income", "job"], say(en="the largest count comes first: income (2) before job (1)",
                                                  es="el conteo más grande va primero: income (2) antes que job (1)")


def test_counts_are_plain_ints(credit_data_path):
    counts = missing_by_column(pd.read_csv(credit_data_path))
    assert counts, say(en="the lender's data does have missing values", es="los datos del prestamista sí tienen valores faltantes")
    assert all(type(count) is int for count in counts.values()), say(en="counts must be plain int, not numpy types",
                                                                     es="los conteos deben ser int simples, no tipos de numpy")


def test_the_lenders_holes(credit_data_path):
    counts = missing_by_column(pd.read_csv(credit_data_path))
    expected = [("income", 381), ("assets", 47), ("debt", 18), ("home", 6), ("job", 2), ("marital", 1)]
    assert list(plain(counts).items()) == expected, say(en="every column with holes, from the most to the fewest missing values",
                                                        es="cada columna con huecos, de la que más valores faltantes tiene a la que menos")
