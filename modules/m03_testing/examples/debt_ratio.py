"""A feature the analyst computed inline in the notebook, now a function that tests can pin down."""


def debt_to_income(debt: float | None, income: float | None) -> float | None:
    """Debt as a share of income; None when income is missing or zero (the ratio is undefined)."""
    if not income:
        return None
    return (debt or 0.0) / income
