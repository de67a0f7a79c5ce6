"""A client for the scoring service, as the lender's front office would call it.

Every call has a timeout, and waiting for the service to come up is a bounded loop: a client
that waits forever turns one slow service into a stuck system.
"""

from typing import Any

import httpx


class ScoringError(RuntimeError):
    """The service refused the request; the message carries its reason (status, field, problem)."""


def wait_until_healthy(base_url: str, timeout_s: float = 10.0, interval_s: float = 0.1) -> bool:
    """Poll GET /health until it answers 200 (True) or `timeout_s` passes (False). Never raises."""
    # TODO: a loop bounded by a deadline (time.monotonic() + timeout_s): try GET /health with a
    # timeout; a connection error (httpx.TransportError) means "not yet"; sleep interval_s between tries.
    return False


def score_applicant(base_url: str, applicant: dict[str, Any], timeout_s: float = 5.0) -> float:
    """The probability that this applicant's credit goes bad, from POST /predict."""
    # TODO: POST the applicant as JSON to /predict with a timeout; on any status but 200 raise
    # ScoringError with the status and the fields the service names; else return probability_bad.
    return 0.0
