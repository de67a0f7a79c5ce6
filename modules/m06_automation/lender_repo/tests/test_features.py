from lender_ci.features import age_band, loan_to_price


def test_age_bands_at_their_edges():
    assert [age_band(a) for a in (25, 26, 35, 36, 50, 51)] == ["18-25", "26-35", "26-35", "36-50", "36-50", "51+"]


def test_loan_to_price():
    assert loan_to_price(800, 1000) == 0.8
