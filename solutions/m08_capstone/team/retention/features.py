"""One cleaning of a customer's row, the same in training, in the service and in the drift report."""

import pandas as pd

NUMERIC = ("tenure", "monthly_charges", "total_charges", "female", "senior_citizen", "partner",
           "dependents", "phone_service", "paperless_billing")
CATEGORICAL = ("multiple_lines", "internet_service", "online_security", "online_backup", "device_protection",
               "tech_support", "streaming_tv", "streaming_movies", "contract", "payment_method")
FEATURES = NUMERIC + CATEGORICAL
LABEL = "churn"


def clean(rows: pd.DataFrame) -> pd.DataFrame:
    """The model's inputs: a missing total belongs to a new customer (tenure 0), who has paid nothing yet."""
    out = rows[list(FEATURES)].copy()
    out["total_charges"] = out["total_charges"].fillna(0.0)
    out["charges_per_month"] = out["total_charges"] / out["tenure"].clip(lower=1)
    return out


def target(rows: pd.DataFrame) -> pd.Series:
    """1 for a customer who left ("Yes"), 0 for one who stayed."""
    return (rows[LABEL] == "Yes").astype(int)


def cutoff(offer_cost: float, churn_loss: float, offer_saves: float) -> float:
    """The probability above which an offer pays: p * saves * loss > cost."""
    return offer_cost / (offer_saves * churn_loss)


def decide(probability: float, threshold: float) -> str:
    """"offer" when the expected saving beats the offer's cost, else "no_offer"."""
    return "offer" if probability >= threshold else "no_offer"
