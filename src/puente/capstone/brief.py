"""The capstone brief's numbers, in one place: the traffic, the price list, the service contract.

The lesson states them in words, `puente capstone new` writes them into the team's `brief/`, and
the rubric grades against them. Prices are module 07's dated list (its lesson explains them).
"""

import math
from pathlib import Path

import yaml

PRICES = Path("modules/m07_monitoring/examples/prices.yaml")
TRAFFIC = {
    "requests_per_month": 2_600_000,   # call-centre agents and the app's account page
    "peak_requests_per_s": 60,         # Monday 9:00, when the call centre opens
    "utilisation": 0.6,                # a machine busier than this answers late
}
BUDGET_USD_PER_MONTH = 150
DECISIONS = ("offer", "no_offer")
"""POST /predict answers {"churn_probability": p in [0, 1], "decision": one of these}."""
CUSTOMER = {"female": 0, "senior_citizen": 0, "partner": 0, "dependents": 0, "tenure": 2, "phone_service": 1,
            "multiple_lines": "No", "internet_service": "Fiber optic", "online_security": "No", "online_backup": "No",
            "device_protection": "No", "tech_support": "No", "streaming_tv": "Yes", "streaming_movies": "Yes",
            "contract": "Month-to-month", "paperless_billing": 1, "payment_method": "Electronic check",
            "monthly_charges": 99.65, "total_charges": 199.3}
"""A customer as the billing system sends them: the 19 input fields of the contract (a likely leaver)."""
LOYAL_CUSTOMER = {**CUSTOMER, "tenure": 70, "internet_service": "DSL", "online_security": "Yes", "tech_support": "Yes",
                  "streaming_tv": "No", "streaming_movies": "No", "contract": "Two year", "paperless_billing": 0,
                  "payment_method": "Bank transfer (automatic)", "monthly_charges": 60.1, "total_charges": 4207.0}


def read_prices(root: Path) -> dict:
    return yaml.safe_load((root / PRICES).read_text(encoding="utf-8"))


def monthly_bill(measured: dict, prices: dict, traffic: dict = TRAFFIC) -> dict:
    """Module 07's sums: machines for the peak at the allowed utilisation, or serverless per request."""
    per_vcpu = measured["requests_per_s"] / measured["vcpus"]
    options = {}
    for name, instance in prices["instances"].items():
        machines = max(1, math.ceil(traffic["peak_requests_per_s"] / (per_vcpu * instance["vcpus"] * traffic["utilisation"])))
        options[name] = round(machines * instance["usd_per_hour"] * prices["hours_per_month"], 2)
    serverless, requests = prices["serverless"], traffic["requests_per_month"]
    options["serverless"] = round(requests * serverless["memory_gb"] * measured["seconds_per_request"] * serverless["usd_per_gb_second"]
                                  + requests / 1e6 * serverless["usd_per_million_requests"], 2)
    return {"options": options, "cheapest": min(options, key=options.get)}
