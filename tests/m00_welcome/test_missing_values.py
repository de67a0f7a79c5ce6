import numpy as np
import pandas as pd
from m00_welcome.missing_values import missing_by_column

from puente.exact import plain


def test_small_table_keeps_only_columns_with_holes_largest_first():
    applications = pd.DataFrame(
        {"age": [30, 41, 25], "income": [np.nan, np.nan, 120.0], "job": ["fixed", None, "freelance"]}
    )
    counts = missing_by_column(applications)
    assert plain(counts) == {"income": 2, "job": 1}
    assert list(counts) == ["income", "job"], "the largest count comes first"


def test_counts_are_plain_ints(credit_data_path):
    counts = missing_by_column(pd.read_csv(credit_data_path))
    assert counts, "the lender's data does have missing values"
    assert all(type(count) is int for count in counts.values()), "counts must be plain int, not numpy types"


def test_the_lenders_holes(credit_data_path):
    counts = missing_by_column(pd.read_csv(credit_data_path))
    assert plain(counts) == {"income": 381, "assets": 47, "debt": 18, "home": 6, "job": 2, "marital": 1}
