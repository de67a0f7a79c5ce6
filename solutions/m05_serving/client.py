"""A client for the scoring service, as the lender's front office would call it.

Every call has a timeout, and waiting for the service to come up is a bounded loop: a client
that waits forever turns one slow service into a stuck system.
"""

import time
from typing import Any

import httpx


class ScoringError(RuntimeError):
    """The service refused the request; the message carries its reason (status, field, problem)."""


def wait_until_healthy(base_url: str, timeout_s: float = 10.0, interval_s: float = 0.1) -> bool:
    """Poll GET /health until it answers 200 (True) or `timeout_s` passes (False). Never raises."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if httpx.get(f"{base_url}/health", timeout=interval_s + 1).status_code == 200:
                return True
        except httpx.TransportError:
            pass
        if time.monotonic() + interval_s > deadline:
            return False
        time.sleep(interval_s)


def score_applicant(base_url: str, applicant: dict[str, Any], timeout_s: float = 5.0) -> float:
    """The probability that this applicant's credit goes bad, from POST /predict."""
    response = httpx.post(f"{base_url}/predict", json=applicant, timeout=timeout_s)
    if response.status_code != 200:
        raise ScoringError(f"{response.status_code}: {describe_refusal(response)}")
    return float(response.json()["probability_bad"])


def describe_refusal(response: httpx.Response) -> str:
    """One line from the service's error body: "field: problem" for each invalid field."""
    try:
        detail = response.json()["detail"]
    except (ValueError, KeyError, TypeError):
        return response.text[:200]
    if isinstance(detail, list):
        return "; ".join(f"{'.'.join(str(p) for p in error['loc'][1:])}: {error['msg']}" for error in detail)
    return str(detail)
