"""Exercise extract_features: the cleaning learns from train only and treats every row the same way."""

import pandas as pd
import pytest
from m01_notebooks.features import CATEGORICAL_COLUMNS, NUMERIC_COLUMNS, fit_features, target, transform_features

EXPECTED_COLUMNS = NUMERIC_COLUMNS + [
    "home_ignore", "home_other", "home_owner", "home_parents", "home_priv", "home_rent",
    "marital_divorced", "marital_married", "marital_separated", "marital_single", "marital_widow",
    "records_no", "records_yes",
    "job_fixed", "job_freelance", "job_others", "job_partime",
]


@pytest.fixture(scope="module")
def applications(credit_data_path) -> pd.DataFrame:
    return pd.read_csv(credit_data_path)


def small_train() -> pd.DataFrame:
    """Three applicants: incomes 100, 200, 900 (median 200), homes owner and rent."""
    rows = pd.read_csv(pd.io.common.StringIO(
        "status,seniority,home,time,age,marital,records,job,expenses,income,assets,debt,amount,price\n"
        "good,1,owner,36,30,married,no,fixed,50,100,0,0,800,900\n"
        "bad,2,rent,48,40,single,yes,freelance,60,200,1000,0,900,1000\n"
        "good,3,owner,60,50,married,no,fixed,70,900,2000,500,1000,1100\n"
    ))
    return rows


def test_target_marks_bad_credits_as_one(applications):
    got = target(applications.head(4))
    assert got.tolist() == [0, 0, 1, 0], f"statuses good, good, bad, good should give 0, 0, 1, 0; got {got.tolist()}"
    assert int(target(applications).sum()) == 1254, "the lender has 1254 bad credits"


def test_real_rows_become_the_expected_columns(applications):
    features = transform_features(applications, fit_features(applications))
    assert list(features.columns) == EXPECTED_COLUMNS, f"expected columns {EXPECTED_COLUMNS}, got {list(features.columns)}"
    first = features.iloc[0]
    assert (first["seniority"], first["income"], first["price"]) == (9.0, 129.0, 846.0), "numbers pass through unchanged"
    assert (first["home_rent"], first["home_owner"], first["records_no"], first["job_freelance"]) == (1.0, 0.0, 1.0, 1.0), (
        "the first applicant rents, has no records and works freelance"
    )
    assert features.shape == (4454, 26) and features.index.equals(applications.index), "one row out per row in, same index"


def test_missing_values_get_the_train_median():
    train = small_train()
    spec = fit_features(train)
    applicant = train.head(1).assign(income=float("nan"), assets=float("nan"))
    features = transform_features(applicant, spec)
    assert "income" in features.columns, f"expected an income column, got {list(features.columns)}"
    assert features["income"].tolist() == [200.0], f"a missing income should become train's median 200, got {features['income'].tolist()}"
    assert features["assets"].tolist() == [1000.0], "a missing assets value should become train's median 1000"
    assert not features.isna().any().any(), "no holes may be left for the model"


def test_missing_and_unseen_categories_are_all_zeros():
    spec = fit_features(small_train())
    applicants = small_train().head(2).assign(home=["boat", None])
    features = transform_features(applicants, spec)
    home = [column for column in features.columns if column.startswith("home_")]
    assert home == ["home_owner", "home_rent"], f"only the homes seen in train get a column, got {home}"
    assert features[home].to_numpy().tolist() == [[0.0, 0.0], [0.0, 0.0]], "an unseen or missing home is 0 in every home column"


def test_train_and_test_get_the_same_transformation(applications):
    train, test = applications.iloc[:3000], applications.iloc[3000:]
    spec = fit_features(train)
    before = test.copy()
    train_features, test_features = transform_features(train, spec), transform_features(test, spec)
    assert list(test_features.columns) == list(train_features.columns) != [], "train and test must get the same columns"
    train_median = train["income"].median()
    filled = test_features.loc[test["income"].isna(), "income"]
    assert len(filled) > 0 and (filled == train_median).all(), (
        f"test's missing incomes must get train's median {train_median}, not test's own {test['income'].median()}"
    )
    assert spec == fit_features(train), "fit_features must give the same result every time"
    assert sorted(spec.get("medians", {})) == sorted(NUMERIC_COLUMNS), "a median for every numeric column"
    assert sorted(spec.get("categories", {})) == sorted(CATEGORICAL_COLUMNS), "the categories of every categorical column"
    pd.testing.assert_frame_equal(test, before, obj="the test rows after transform_features (they must not change)")
