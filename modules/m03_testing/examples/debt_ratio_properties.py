from hypothesis import given
from hypothesis import strategies as st

from debt_ratio import debt_to_income

money = st.floats(min_value=0, max_value=1e6)
income = st.floats(min_value=1, max_value=1e6)


@given(money, income)
def test_ratio_is_never_negative(debt, income):
    assert debt_to_income(debt, income) >= 0


@given(money, income)
def test_more_debt_never_lowers_the_ratio(debt, income):
    assert debt_to_income(debt + 100, income) >= debt_to_income(debt, income)
