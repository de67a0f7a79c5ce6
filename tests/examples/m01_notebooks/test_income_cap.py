import math

import pandas as pd


def test_the_cap_is_learned_from_train_and_applied_to_test(load_example):
    income_cap = load_example("income_cap")
    train = pd.DataFrame({"income": [100.0, 200.0, 300.0, 400.0, 500.0]})
    test = pd.DataFrame({"income": [150.0, 900.0, float("nan")]})
    cap = income_cap.fit_income_cap(train, quantile=0.75)
    assert cap == 400.0
    capped = income_cap.cap_income(test, cap)
    assert capped["income"].tolist()[:2] == [150.0, 400.0]
    assert math.isnan(capped["income"].iloc[2]), "a missing income stays missing: no row disappears"
    assert test["income"].tolist()[1] == 900.0, "the input is not changed"
