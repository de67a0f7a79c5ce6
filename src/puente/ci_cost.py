"""What CI costs: billed minutes times the runner's per-minute price, per month.

GitHub bills each job's time rounded up to the whole minute. The price is GitHub's list price for
its standard Linux 2-core x64 runner (private repositories, beyond the plan's free minutes; public
repositories pay nothing), from "Actions runner pricing",
https://docs.github.com/en/billing/reference/actions-runner-pricing, as listed on 2026-10-30
(GitHub lowered hosted-runner prices on 2026-01-01). Check the page before you budget.
"""

import math

LINUX_2_CORE_USD_PER_MINUTE = 0.006
PRICE_DATE = "2026-10-30"
PRICE_SOURCE = "https://docs.github.com/en/billing/reference/actions-runner-pricing"


def billed_minutes(job_seconds: list[float]) -> int:
    """Each job is rounded up to a whole minute on its own (two 10-second jobs bill 2 minutes)."""
    return sum(max(1, math.ceil(seconds / 60)) for seconds in job_seconds)


def monthly_minutes(job_seconds: list[float], pushes_per_day: int = 20, days: int = 30) -> int:
    return billed_minutes(job_seconds) * pushes_per_day * days


def monthly_cost_usd(job_seconds: list[float], pushes_per_day: int = 20, days: int = 30,
                     price: float = LINUX_2_CORE_USD_PER_MINUTE) -> float:
    return round(monthly_minutes(job_seconds, pushes_per_day, days) * price, 2)
