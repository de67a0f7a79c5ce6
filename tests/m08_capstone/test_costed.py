"""Costed: the team's bill for the brief's traffic, recomputed from the throughput they measured."""

import json

import pytest

from puente.capstone.brief import monthly_bill, read_prices
from puente.i18n import say

FILE = "cost.json"


@pytest.fixture
def estimate(team_source):
    path = team_source / FILE
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        found = None
    assert isinstance(found, dict), say(en="no {file} in your repository (or it is not JSON): `make cost` measures your service and writes it",
                                        es="no hay {file} en su repositorio (o no es JSON): `make cost` mide su servicio y lo escribe", file=FILE)
    return found


def test_the_measured_throughput_is_stated(estimate):
    measured = estimate.get("measured") if isinstance(estimate.get("measured"), dict) else {}
    ok = (type(measured.get("requests_per_s")) in (int, float) and measured["requests_per_s"] > 0
          and type(measured.get("vcpus")) is int and measured["vcpus"] >= 1
          and type(measured.get("seconds_per_request")) in (int, float) and 0 < measured["seconds_per_request"] < 60)
    assert ok, say(en="`measured` must hold requests_per_s (> 0), vcpus (whole number) and seconds_per_request of your own load test; got {measured}",
                   es="`measured` debe tener requests_per_s (> 0), vcpus (número entero) y seconds_per_request de su propia prueba de carga; llegó {measured}",
                   measured=measured)


def test_the_bill_matches_the_brief_recomputed(estimate, course_root):
    measured = estimate.get("measured")
    try:
        expected = monthly_bill(measured, read_prices(course_root))
    except (TypeError, KeyError, ZeroDivisionError, AttributeError):
        pytest.fail(say(en="cannot recompute your bill: `measured` is incomplete", es="no se puede recalcular su cuenta: `measured` está incompleto"), pytrace=False)
    options = estimate.get("options") if isinstance(estimate.get("options"), dict) else {}
    wrong = {name: (options.get(name), usd) for name, usd in expected["options"].items()
             if type(options.get(name)) not in (int, float) or abs(options[name] - usd) > max(0.01, 0.01 * usd)}
    assert not wrong, say(
        en="at the brief's traffic and module 07's prices, your throughput gives other monthly costs (yours, recomputed): {wrong}. Check the peak, the utilisation and the machines' cores",
        es="con el tráfico del brief y los precios del módulo 07, su rendimiento da otros costos mensuales (el suyo, el recalculado): {wrong}. Revise el pico, la ocupación y los núcleos de las máquinas",
        wrong=wrong)
    assert estimate.get("cheapest") == expected["cheapest"], say(en="the cheapest option is {expected}, not {got}",
                                                                 es="la opción más barata es {expected}, no {got}",
                                                                 expected=expected["cheapest"], got=estimate.get("cheapest"))
