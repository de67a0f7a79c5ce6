"""A client for the scoring service, as the lender's front office would call it.

Every call has a timeout, and waiting for the service to come up is a bounded loop: a client
that waits forever turns one slow service into a stuck system.

ES: Un cliente del servicio de scoring, como lo llamaría la oficina comercial del prestamista. Cada llamada
tiene un tiempo límite, y esperar a que el servicio arranque es un ciclo acotado: un cliente que espera
para siempre convierte un servicio lento en un sistema atascado.
"""

from typing import Any

import httpx


class ScoringError(RuntimeError):
    """The service refused the request; the message carries its reason (status, field, problem).

    ES: El servicio rechazó la solicitud; el mensaje trae la razón (estado, campo, problema).
    """


def wait_until_healthy(base_url: str, timeout_s: float = 10.0, interval_s: float = 0.1) -> bool:
    """Poll GET /health until it answers 200 (True) or `timeout_s` passes (False). Never raises.

    ES: Pregunte a GET /health hasta que responda 200 (True) o pase `timeout_s` (False). Nunca lanza excepciones.
    """
    # TODO: a loop bounded by a deadline (time.monotonic() + timeout_s): try GET /health with a
    # timeout; a connection error (httpx.TransportError) means "not yet"; sleep interval_s between tries.
    # POR HACER: un ciclo acotado por una fecha límite (time.monotonic() + timeout_s): intente GET /health con
    # ES: tiempo límite; un error de conexión (httpx.TransportError) significa "todavía no"; espere interval_s entre intentos.
    return False


def score_applicant(base_url: str, applicant: dict[str, Any], timeout_s: float = 5.0) -> float:
    """The probability that this applicant's credit goes bad, from POST /predict.

    ES: La probabilidad de que el crédito de este solicitante salga malo, según POST /predict.
    """
    # TODO: POST the applicant as JSON to /predict with a timeout; on any status but 200 raise
    # ScoringError with the status and the fields the service names; else return probability_bad.
    # POR HACER: envíe el solicitante como JSON con POST a /predict con tiempo límite; con cualquier estado distinto
    # ES: de 200 lance ScoringError con el estado y los campos que nombra el servicio; si no, devuelva probability_bad.
    return 0.0
