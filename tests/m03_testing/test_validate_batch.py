"""validate_batch accepts the lender's real batches and refuses broken ones, naming column and rule."""

import numpy as np
import pandas as pd
import pytest
from m03_testing.validation import BatchError, validate_batch

from puente.i18n import say


@pytest.fixture(scope="module")
def applications(credit_data_path):
    return pd.read_csv(credit_data_path)


def broken(applications: pd.DataFrame, column: str, values) -> pd.DataFrame:
    batch = applications.head(200).copy()
    batch[column] = values
    return batch


def test_accepts_every_real_application(applications):
    assert validate_batch(applications) is None, say(en="a good batch returns None", es="un lote bueno devuelve None")


def test_accepts_real_missing_values_where_they_are_normal(applications):
    batch = applications.head(200).copy()
    batch.loc[:9, ["home", "marital", "job", "income"]] = np.nan
    assert validate_batch(batch) is None, say(en="a few missing home/marital/job/income values are normal, not an error",
                                        es="unos pocos valores faltantes de home/marital/job/income son normales, no un error")


BAD_BATCHES = {
    "income column dropped": (lambda a: a.head(200).drop(columns=["income"]), "income", "required"),
    "income exported as text": (lambda a: broken(a, "income", a["income"].head(200).map("{:,.0f}".format)), "income", "type"),
    "seniority with holes": (lambda a: broken(a, "seniority", a["seniority"].head(200).where(a.index[:200] % 50 > 0)),
                             "seniority", "missing"),
    "assets mostly missing": (lambda a: broken(a, "assets", a["assets"].head(200).where(a.index[:200] % 4 == 0)),
                              "assets", "missing"),
    "age typed in months": (lambda a: broken(a, "age", a["age"].head(200) * 12), "age", "range"),
    "negative amount": (lambda a: broken(a, "amount", -a["amount"].head(200)), "amount", "range"),
    "home in capitals": (lambda a: broken(a, "home", a["home"].head(200).str.upper()), "home", "category"),
    "new job category": (lambda a: broken(a, "job", a["job"].head(200).replace("freelance", "gig")), "job", "category"),
}


@pytest.mark.parametrize("case", BAD_BATCHES)
def test_refuses_a_bad_batch_naming_column_and_rule(applications, case):
    make_batch, column, rule = BAD_BATCHES[case]
    with pytest.raises(BatchError) as caught:
        validate_batch(make_batch(applications))
    error = caught.value
    assert type(error.column) is str and type(error.rule) is str, say(en="BatchError's column and rule must be plain str", es="column y rule de BatchError deben ser str simples")
    assert (error.column, error.rule) == (column, rule), say(en="{case}: expected column '{column}', rule '{rule}'; got {error}",
                                                             es="{case}: se esperaba la columna '{column}' y la regla '{rule}'; llegó {error}", case=case, column=column, rule=rule, error=error)
    assert column in str(error) and rule in str(error), say(en="the message must name the column and the rule: {error}", es="el mensaje debe nombrar la columna y la regla: {error}", error=error)

