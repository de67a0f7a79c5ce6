"""Reproducible: from a clean copy, offline, `dvc repro` rebuilds the model from the tracked data; a second run does nothing."""

import pytest
import yaml

from puente.capstone.team_repo import tail
from puente.i18n import say

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


def test_dvc_repro_builds_the_model_from_the_tracked_data(built):
    assert built.first.returncode == 0, say(
        en="`dvc repro` failed in a clean copy of your repository: run `git clone` of it somewhere new, then `dvc pull` and `dvc repro`, and fix the first error:\n{log}",
        es="`dvc repro` falló en una copia limpia de su repositorio: haga `git clone` en otra carpeta, luego `dvc pull` y `dvc repro`, y corrija el primer error:\n{log}",
        log=tail(built.first))
    stages = (yaml.safe_load((built.repo / "dvc.yaml").read_text(encoding="utf-8")) or {}).get("stages") or {}
    reads_data = [name for name, stage in stages.items() if any("data/wa_churn.csv" in str(dep) for dep in (stage or {}).get("deps", []))]
    assert reads_data, say(en="no stage of dvc.yaml depends on data/wa_churn.csv: the model must be rebuilt from the tracked data (add it to the train stage's `deps`)",
                           es="ninguna etapa de dvc.yaml depende de data/wa_churn.csv: el modelo se debe reconstruir desde los datos versionados (agréguelo a los `deps` de la etapa de entrenamiento)")
    model = built.config.get("model", {}).get("path", "models/model.joblib")
    assert built.model_mtime is not None, say(
        en="after `dvc repro` there is no model at {model} (capstone.toml's [model] path): make it an `outs` of a stage",
        es="después de `dvc repro` no hay modelo en {model} (el [model] path de capstone.toml): vuélvalo un `outs` de una etapa", model=model)


def test_a_second_dvc_repro_does_nothing(built):
    assert built.model_mtime is not None and built.second.returncode == 0, say(
        en="the first `dvc repro` must build the model before a second run can be checked",
        es="el primer `dvc repro` debe construir el modelo antes de poder revisar una segunda corrida")
    ran = [line for line in built.second.stdout.splitlines() if line.startswith("Running stage")]
    model = built.repo / built.config.get("model", {}).get("path", "models/model.joblib")
    assert ran == [] and model.stat().st_mtime_ns == built.model_mtime, say(
        en="a second `dvc repro` with nothing changed ran again: {ran}. Something a stage writes is not among its `outs` (or it reads a file that is not in its `deps`)",
        es="un segundo `dvc repro` sin cambios volvió a correr: {ran}. Algo que escribe una etapa no está en sus `outs` (o lee un archivo que no está en sus `deps`)",
        ran=", ".join(ran))
