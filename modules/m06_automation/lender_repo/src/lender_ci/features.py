"""Features the lender's scorecard reads from an application."""


def age_band(age: int) -> str:
    """The age band of an applicant: 18-25, 26-35, 36-50 or 51+."""
    if age <= 25:
        return "18-25"
    if age <= 35:
        return "26-35"
    if age <= 50:
        return "36-50"
    return "51+"


def loan_to_price(amount: float, price: float) -> float:
    """The share of the purchase the lender finances."""
    return round(amount / price, 4)
