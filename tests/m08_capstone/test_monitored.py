"""Monitored: the team's drift report, run on the course's next-month batch, flags exactly what the course changed."""

import json
import shutil

import pytest

from puente.capstone.churn_data import DRIFTED, NEXT_MONTH
from puente.capstone.team_repo import command, run, tail
from puente.i18n import say

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def test_the_drift_report_flags_what_drifted(built, churn_folder, scratch):
    batch = shutil.copy(churn_folder / NEXT_MONTH, scratch / "próximo mes.csv")
    out = scratch / "drift.json"
    words = command(built.config, "monitor", current=str(batch), out=str(out))
    assert words, say(en="capstone.toml has no [monitor] command: write the one that reads {{current}} and writes its report to {{out}}",
                      es="capstone.toml no tiene un [monitor] command: escriba el que lee {{current}} y escribe su informe en {{out}}")
    done = run(built.repo, words)
    assert done.returncode == 0 and out.is_file(), say(en="your drift command failed or wrote no report:\n{log}",
                                                       es="su comando de deriva falló o no escribió el informe:\n{log}", log=tail(done))
    try:
        flagged = json.loads(out.read_text(encoding="utf-8")).get("drifted")
    except (ValueError, AttributeError):
        flagged = None
    assert isinstance(flagged, list), say(en="the report must be JSON with a list `drifted` of column names",
                                          es="el informe debe ser JSON con una lista `drifted` de nombres de columnas")
    exact = sorted(map(str, flagged)) == sorted(DRIFTED)  # a plain bool: the feedback never prints the answer
    assert exact, say(
        en="the course changed two columns of this batch on purpose; your report flagged {flagged}. Too many: is your threshold on an effect size (PSI) rather than a p-value? Too few: are categories compared share by share?",
        es="el curso cambió a propósito dos columnas de este lote; su informe marcó {flagged}. ¿Demasiadas? Revise que el umbral sea sobre un tamaño de efecto (PSI) y no sobre un valor p. ¿Muy pocas? Revise que las categorías se comparen proporción por proporción",
        flagged=sorted(map(str, flagged)))
