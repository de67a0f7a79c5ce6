import pandas as pd
import pytest
from m00_welcome.first_look import default_rate, load_applications

from puente.exact import plain
from puente.i18n import say


def test_loads_every_application(credit_data_path):
    applications = load_applications(credit_data_path)
    assert applications.shape == (4454, 14), say(en="expected 4454 rows x 14 columns, got {shape}", es="se esperaban 4454 filas x 14 columnas; llegó {shape}", shape=applications.shape)
    assert list(applications.columns[:3]) == ["status", "seniority", "home"], say(
        en="the first columns are status, seniority, home", es="las primeras columnas son status, seniority, home"
    )


def test_default_rate_of_a_small_table():
    applications = pd.DataFrame({"status": ["good", "bad", "good", "good"]})
    assert plain(default_rate(applications)) == pytest.approx(0.25), say(en="1 bad out of 4 applicants is a rate of {rate}", es="1 malo de 4 solicitantes es una tasa de {rate}", rate=0.25)


def test_default_rate_of_the_lender(credit_data_path):
    applications = pd.read_csv(credit_data_path)
    rate = default_rate(applications)
    assert type(plain(rate)) is float, say(en="expected a float, got {kind}", es="se esperaba un float; llegó {kind}", kind=type(rate).__name__)
    assert rate == pytest.approx(1254 / 4454), say(en="the lender has {bad:,} bad credits among {total:,}", es="el prestamista tiene {bad:,} créditos malos entre {total:,}", bad=1254, total=4454)

