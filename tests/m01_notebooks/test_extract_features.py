"""Exercise extract_features: the cleaning learns from train only and treats every row the same way."""

import pandas as pd
import pytest
from m01_notebooks.features import CATEGORICAL_COLUMNS, NUMERIC_COLUMNS, fit_features, target, transform_features

from puente.i18n import say

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
    assert got.tolist() == [0, 0, 1, 0], say(en="statuses good, good, bad, good should give 0, 0, 1, 0; got {got}",
                                                es="los estados good, good, bad, good deben dar 0, 0, 1, 0; llegó {got}", got=got.tolist())
    assert int(target(applications).sum()) == 1254, say(en="the lender has {bad:,} bad credits", es="el prestamista tiene {bad:,} créditos malos", bad=1254)


def test_real_rows_become_the_expected_columns(applications):
    features = transform_features(applications, fit_features(applications))
    assert list(features.columns) == EXPECTED_COLUMNS, say(en="expected columns {expected}, got {got}", es="se esperaban las columnas {expected}; llegaron {got}",
                                                                 expected=EXPECTED_COLUMNS, got=list(features.columns))
    first = features.iloc[0]
    assert (first["seniority"], first["income"], first["price"]) == (9.0, 129.0, 846.0), say(en="numbers pass through unchanged", es="los números pasan sin cambios")
    assert (first["home_rent"], first["home_owner"], first["records_no"], first["job_freelance"]) == (1.0, 0.0, 1.0, 1.0), (
        say(en="the first applicant rents, has no records and works freelance", es="el primer solicitante vive en arriendo, no tiene registros y trabaja como independiente")
    )
    assert features.shape == (4454, 26) and features.index.equals(applications.index), say(en="one row out per row in, same index", es="sale una fila por cada fila que entra, con el mismo índice")


def test_missing_values_get_the_train_median():
    train = small_train()
    spec = fit_features(train)
    applicant = train.head(1).assign(income=float("nan"), assets=float("nan"))
    features = transform_features(applicant, spec)
    assert "income" in features.columns, say(en="expected an income column, got {got}", es="se esperaba una columna income; llegaron {got}", got=list(features.columns))
    assert features["income"].tolist() == [200.0], say(en="a missing income should become train's median {median}, got {got}",
                                                       es="un income faltante debe volverse la mediana de train, {median}; llegó {got}", median=200, got=features["income"].tolist())
    assert features["assets"].tolist() == [1000.0], say(en="a missing assets value should become train's median {median}", es="un valor faltante de assets debe volverse la mediana de train, {median}", median=1000)
    assert not features.isna().any().any(), say(en="no holes may be left for the model", es="no pueden quedar huecos para el modelo")


def test_missing_and_unseen_categories_are_all_zeros():
    spec = fit_features(small_train())
    applicants = small_train().head(2).assign(home=["boat", None])
    features = transform_features(applicants, spec)
    home = [column for column in features.columns if column.startswith("home_")]
    assert home == ["home_owner", "home_rent"], say(en="only the homes seen in train get a column, got {home}", es="solo las viviendas vistas en train tienen columna; llegó {home}", home=home)
    assert features[home].to_numpy().tolist() == [[0.0, 0.0], [0.0, 0.0]], say(en="an unseen or missing home is 0 in every home column", es="una vivienda no vista o faltante es 0 en todas las columnas home")


def test_train_and_test_get_the_same_transformation(applications):
    train, test = applications.iloc[:3000], applications.iloc[3000:]
    spec = fit_features(train)
    before = test.copy()
    train_features, test_features = transform_features(train, spec), transform_features(test, spec)
    assert list(test_features.columns) == list(train_features.columns) != [], say(en="train and test must get the same columns", es="train y test deben recibir las mismas columnas")
    train_median = train["income"].median()
    filled = test_features.loc[test["income"].isna(), "income"]
    assert len(filled) > 0 and (filled == train_median).all(), (
        say(en="test's missing incomes must get train's median {train}, not test's own {test}",
            es="los income faltantes de test deben recibir la mediana de train, {train}, no la de test, {test}", train=train_median, test=test["income"].median())
    )
    assert spec == fit_features(train), say(en="fit_features must give the same result every time", es="fit_features debe dar el mismo resultado cada vez")
    assert sorted(spec.get("medians", {})) == sorted(NUMERIC_COLUMNS), say(en="a median for every numeric column", es="una mediana por cada columna numérica")
    assert sorted(spec.get("categories", {})) == sorted(CATEGORICAL_COLUMNS), say(en="the categories of every categorical column", es="las categorías de cada columna categórica")
    pd.testing.assert_frame_equal(test, before, obj=say(en="the test rows after transform_features (they must not change)", es="las filas de test después de transform_features (no deben cambiar)")
)
