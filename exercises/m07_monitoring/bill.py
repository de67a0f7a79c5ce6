"""What a month of the scoring service costs: from its measured throughput and a dated price list.

A virtual machine is paid per hour whether it is busy or not, so the bill depends on the peak
the machines must carry; serverless is paid per request and per GB-second of work, so the
bill follows the traffic. Which is cheaper depends on the numbers: this module does the sums.

ES: Cuánto cuesta un mes del servicio de scoring: a partir de su rendimiento medido y de una
lista de precios con fecha. Una máquina virtual se paga por hora, esté ocupada o no, así que la
cuenta depende del pico que deben aguantar las máquinas; serverless se paga por solicitud y por
GB-segundo de trabajo, así que la cuenta sigue al tráfico. Cuál sale más barato depende de los
números: este módulo hace las cuentas.
"""

import math
from pathlib import Path
from typing import Any

import yaml


def read_prices(path: Path) -> dict[str, Any]:
    """The price list: a YAML file with `as_of`, `hours_per_month`, `instances`, `serverless`, `ci`.

    ES: La lista de precios: un archivo YAML con `as_of`, `hours_per_month`, `instances`, `serverless`, `ci`.
    """
    # TODO: yaml.safe_load the file; raise ValueError naming the missing keys (as_of first of all:
    # POR HACER: cargue el archivo con yaml.safe_load; lance ValueError nombrando las llaves que faltan (ante todo as_of:
    # TODO: a price without a date cannot be checked).
    # POR HACER: un precio sin fecha no se puede verificar).
    return {}


def instances_needed(peak_rps: float, rps_per_vcpu: float, vcpus: int, utilisation: float) -> int:
    """Machines of `vcpus` cores to carry `peak_rps` while each stays at most `utilisation` busy.

    ES: Máquinas de `vcpus` núcleos para aguantar `peak_rps` sin que ninguna pase de `utilisation` de ocupación.
    """
    # TODO: round up (math.ceil), and never fewer than one machine.
    # POR HACER: redondee hacia arriba (math.ceil), y nunca menos de una máquina.
    return 0


def monthly_bill(prices: dict[str, Any], traffic: dict[str, Any], measured: dict[str, Any]) -> dict[str, Any]:
    """Cost per month of each instance type and of serverless, the cheapest option, and the CI minutes.

    `traffic`: requests_per_month, peak_requests_per_s, utilisation, ci_minutes_per_month.
    `measured`: requests_per_s and vcpus of the benchmark run, seconds_per_request of one answer.

    ES: Costo mensual de cada tipo de instancia y de serverless, la opción más barata y los
    minutos de CI. `traffic`: requests_per_month, peak_requests_per_s, utilisation,
    ci_minutes_per_month. `measured`: requests_per_s y vcpus de la medición, seconds_per_request
    de una respuesta.
    """
    # TODO: return {"options": {name: usd, ..., "serverless": usd}, "cheapest": name, "ci": usd},
    # POR HACER: devuelva {"options": {nombre: usd, ..., "serverless": usd}, "cheapest": nombre, "ci": usd},
    # TODO: every amount rounded to cents. See the lesson for the two formulas.
    # POR HACER: cada valor redondeado a centavos. Vea la lección para las dos fórmulas.
    return {}
