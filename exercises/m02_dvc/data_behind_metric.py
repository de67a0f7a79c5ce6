"""Which data produced the number in the report? Read the answer from the repository's history.

ES: ¿Qué datos produjeron el número del informe? Lea la respuesta en la historia del repositorio.
"""

import json  # noqa: F401 (for metrics.json)
import subprocess

import yaml  # noqa: F401 (for dvc.lock)

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
    # TODO: find the commits whose metrics.json shows the reported AUC (compare both rounded to `decimals`).
    # POR HACER: encuentre los commits cuyo metrics.json muestra el AUC reportado (compare los dos redondeados a `decimals`).
    # TODO: at such a commit, read which data/applications.csv the pipeline ran on and return its md5; None if no commit matches.
    # POR HACER: en ese commit, lea sobre cuál data/applications.csv corrió el pipeline y devuelva su md5; None si ningún commit coincide.
    return ""
