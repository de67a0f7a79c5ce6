import pandas as pd

from credit_scoring import schema


def test_feature_columns_are_every_column_but_status(credit_data_path):
    columns = list(pd.read_csv(credit_data_path, nrows=5).columns)
    assert list(schema.FEATURE_COLUMNS) == [c for c in columns if c != "status"]
    assert set(schema.FEATURE_COLUMNS) == set(schema.NUMERIC_COLUMNS) | set(schema.CATEGORICAL_COLUMNS)


def test_categories_are_exactly_the_values_in_the_data(credit_data_path):
    applications = pd.read_csv(credit_data_path)
    for column, allowed in schema.CATEGORIES.items():
        assert set(applications[column].dropna()) == set(allowed), column
    for column in schema.NUMERIC_COLUMNS:
        assert pd.api.types.is_numeric_dtype(applications[column]), column


def test_target_is_one_for_bad_credits():
    applications = pd.DataFrame({"status": ["good", "bad", "bad", "good"]})
    assert schema.target(applications).tolist() == [0, 1, 1, 0]


def test_a_missing_column_is_named_in_the_error():
    try:
        schema.check_columns(pd.DataFrame({"age": [30]}))
    except ValueError as error:
        assert "income" in str(error) and "credit_scoring.schema" in str(error)
    else:
        raise AssertionError("a table without the feature columns must be refused")
