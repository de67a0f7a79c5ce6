"""What a month of the scoring service costs: from its measured throughput and a dated price list.

A virtual machine is paid per hour whether it is busy or not, so the bill depends on the peak
the machines must carry; serverless is paid per request and per GB-second of work, so the
bill follows the traffic. Which is cheaper depends on the numbers: this module does the sums.
"""

import math
from pathlib import Path
from typing import Any

import yaml


def read_prices(path: Path) -> dict[str, Any]:
    """The price list: a YAML file with `as_of`, `hours_per_month`, `instances`, `serverless`, `ci`."""
    prices = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    missing = [key for key in ("as_of", "hours_per_month", "instances", "serverless", "ci") if key not in prices]
    if missing:
        raise ValueError(f"{path} lacks {', '.join(missing)}: a price list says when it was read and every price")
    return prices


def instances_needed(peak_rps: float, rps_per_vcpu: float, vcpus: int, utilisation: float) -> int:
    """Machines of `vcpus` cores to carry `peak_rps` while each stays at most `utilisation` busy."""
    return max(1, math.ceil(peak_rps / (rps_per_vcpu * vcpus * utilisation)))


def monthly_bill(prices: dict[str, Any], traffic: dict[str, Any], measured: dict[str, Any]) -> dict[str, Any]:
    """Cost per month of each instance type and of serverless, the cheapest option, and the CI minutes.

    `traffic`: requests_per_month, peak_requests_per_s, utilisation, ci_minutes_per_month.
    `measured`: requests_per_s and vcpus of the benchmark run, seconds_per_request of one answer.
    """
    rps_per_vcpu = measured["requests_per_s"] / measured["vcpus"]
    options = {}
    for name, instance in prices["instances"].items():
        count = instances_needed(traffic["peak_requests_per_s"], rps_per_vcpu, instance["vcpus"], traffic["utilisation"])
        options[name] = round(count * instance["usd_per_hour"] * prices["hours_per_month"], 2)
    serverless = prices["serverless"]
    requests = traffic["requests_per_month"]
    gb_seconds = requests * serverless["memory_gb"] * measured["seconds_per_request"]
    options["serverless"] = round(
        gb_seconds * serverless["usd_per_gb_second"] + requests / 1e6 * serverless["usd_per_million_requests"], 2
    )
    return {
        "options": options,
        "cheapest": min(options, key=options.get),
        "ci": round(traffic["ci_minutes_per_month"] * prices["ci"]["usd_per_minute"], 2),
    }
