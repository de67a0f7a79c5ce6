"""What the service costs a month: throughput measured on this machine, the brief's traffic and prices."""

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import yaml

REQUESTS = 300
CUSTOMER = {"female": 1, "senior_citizen": 0, "partner": 1, "dependents": 0, "tenure": 5, "phone_service": 1,
            "multiple_lines": "No", "internet_service": "Fiber optic", "online_security": "No", "online_backup": "No",
            "device_protection": "No", "tech_support": "No", "streaming_tv": "Yes", "streaming_movies": "Yes",
            "contract": "Month-to-month", "paperless_billing": 1, "payment_method": "Electronic check",
            "monthly_charges": 95.5, "total_charges": 480.0}


def measure(port: int = 8765) -> dict:
    """Requests per second of /predict, one client after the other, on this machine's cores."""
    server = subprocess.Popen([sys.executable, "-m", "retention.serve", "--port", str(port)])
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        with httpx.Client() as client:
            started = time.perf_counter()
            for _ in range(REQUESTS):
                client.post(f"{url}/predict", json=CUSTOMER).raise_for_status()
            seconds = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"requests_per_s": round(REQUESTS / seconds, 1), "vcpus": os.cpu_count(), "seconds_per_request": round(seconds / REQUESTS, 4)}


def bill(measured: dict, traffic: dict, prices: dict) -> dict:
    """Each option's month: machines for the peak at the allowed utilisation, or serverless per request."""
    per_vcpu = measured["requests_per_s"] / measured["vcpus"]
    options = {}
    for name, instance in prices["instances"].items():
        machines = max(1, math.ceil(traffic["peak_requests_per_s"] / (per_vcpu * instance["vcpus"] * traffic["utilisation"])))
        options[name] = round(machines * instance["usd_per_hour"] * prices["hours_per_month"], 2)
    serverless, requests = prices["serverless"], traffic["requests_per_month"]
    options["serverless"] = round(requests * serverless["memory_gb"] * measured["seconds_per_request"] * serverless["usd_per_gb_second"]
                                  + requests / 1e6 * serverless["usd_per_million_requests"], 2)
    return {"options": options, "cheapest": min(options, key=options.get)}


def main() -> None:
    traffic = yaml.safe_load(Path("brief/traffic.yaml").read_text(encoding="utf-8"))
    prices = yaml.safe_load(Path("brief/prices.yaml").read_text(encoding="utf-8"))
    measured = measure()
    Path("cost.json").write_text(json.dumps({"measured": measured, **bill(measured, traffic, prices)}, indent=2) + "\n")


if __name__ == "__main__":
    main()
