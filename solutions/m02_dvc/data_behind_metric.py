"""Which data produced the number in the report? Read the answer from the repository's history.

ES: ¿Qué datos produjeron el número del informe? Lea la respuesta en la historia del repositorio.
"""

import json
import subprocess

import yaml

DATA = "data/applications.csv"
METRICS = "metrics.json"
LOCK = "dvc.lock"


def git(*args: str) -> str:
    """The output of one git command run in the current folder, e.g. git("show", "HEAD:metrics.json").

    ES: La salida de un comando de git corrido en la carpeta actual, p. ej. git("show", "HEAD:metrics.json").
    """
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def data_behind_metric(reported_auc: float, decimals: int = 3) -> str | None:
    """The md5 of the data/applications.csv that produced a reported AUC, or None if no commit shows it.

    `reported_auc` is the number as a teammate reported it, rounded to `decimals`. Run from the
    repository's root: the answer comes from committed history, newest commit first.

    ES: El md5 del data/applications.csv que produjo un AUC reportado, o None si ningún commit lo
    muestra. `reported_auc` es el número como lo reportó un compañero, redondeado a `decimals`.
    Se corre desde la raíz del repositorio: la respuesta sale de la historia guardada en commits,
    del commit más nuevo al más viejo.
    """
    for commit in git("log", "--format=%H", "--", METRICS).split():
        metrics = json.loads(git("show", f"{commit}:{METRICS}"))
        if round(metrics["auc"], decimals) != round(reported_auc, decimals):
            continue
        # dvc.lock records what the pipeline really ran on; the .dvc file may have moved on without a rerun.
        # ES: dvc.lock registra sobre qué corrió de verdad el pipeline; el .dvc pudo cambiar sin volver a correrlo.
        stages = yaml.safe_load(git("show", f"{commit}:{LOCK}"))["stages"]
        return next(dep["md5"] for dep in stages["prepare"]["deps"] if dep["path"] == DATA)
    return None
