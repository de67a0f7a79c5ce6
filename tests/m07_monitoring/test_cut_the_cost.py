"""Exercise cut_the_cost: the legacy scoring job's output, byte for byte, for a fifth of its memory.

Memory is graded with tracemalloc peaks and work by counting model calls, never by wall time
(a shared machine makes times noisy); the times of both versions are printed for the learner.
"""

import hashlib
import math
import time
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest
from m07_monitoring.lean_scoring import score_file

from credit_scoring import legacy_batch
from credit_scoring.production_year import generate_rows
from puente.i18n import say

ROWS = 30_000
CHUNK_SIZE = 1_500
MEMORY_SHARE = 0.2
"""At least 80% less peak memory than the legacy job."""


class CountingModel:
    """The real model, counting its calls."""

    def __init__(self, model) -> None:
        self.model, self.calls = model, 0

    def predict_proba(self, applications):
        self.calls += 1
        return self.model.predict_proba(applications)


def measured(job, *args, **kwargs) -> tuple[int, float]:
    """(tracemalloc peak in bytes, seconds) of one call."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        job(*args, **kwargs)
        return tracemalloc.get_traced_memory()[1], time.perf_counter() - started
    finally:
        tracemalloc.stop()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "(no file)"


@pytest.fixture(scope="module")
def applications_csv(applications, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("m07-cost") / "applications.csv"
    pd.concat(generate_rows(applications, ROWS, seed=11)).to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def legacy(model, applications_csv, tmp_path_factory) -> dict:
    output = tmp_path_factory.mktemp("m07-legacy") / "scores.csv"
    peak, seconds = measured(legacy_batch.score_file, model, applications_csv, output)
    return {"peak": peak, "seconds": seconds, "sha256": sha256(output)}


@pytest.fixture(scope="module")
def lean(model, applications_csv, tmp_path_factory) -> dict:
    output = tmp_path_factory.mktemp("m07-lean") / "scores.csv"
    counting = CountingModel(model)
    peak, seconds = measured(score_file, counting, applications_csv, output, chunk_size=CHUNK_SIZE)
    return {"peak": peak, "seconds": seconds, "sha256": sha256(output), "calls": counting.calls}


def test_the_output_is_byte_identical(legacy, lean):
    assert lean["sha256"] == legacy["sha256"], say(
        en="the SHA-256 of your scores file is {got}, the legacy job's is {expected}: same columns "
           "(application_id,probability_bad), same order, same float format (%.6f), no index",
        es="el SHA-256 de su archivo de puntajes es {got} y el del trabajo heredado es {expected}: mismas columnas "
           "(application_id,probability_bad), mismo orden, mismo formato (%.6f), sin índice",
        got=lean["sha256"], expected=legacy["sha256"])


def test_one_model_call_per_chunk(lean):
    expected = math.ceil(ROWS / CHUNK_SIZE)
    assert lean["calls"] == expected, say(
        en="{rows:,} rows in chunks of {chunk:,} are {expected} model calls; yours made {got}",
        es="{rows:,} filas en bloques de {chunk:,} son {expected} llamadas al modelo; la suya hizo {got}",
        rows=ROWS, chunk=CHUNK_SIZE, expected=expected, got=lean["calls"])


def test_peak_memory_is_cut_by_eighty_percent(legacy, lean):
    print(say(en="legacy job: {lp:.1f} MB peak, {ls:.2f} s; yours: {yp:.1f} MB peak, {ys:.2f} s (times are for you, not graded)",
              es="trabajo heredado: pico de {lp:.1f} MB, {ls:.2f} s; el suyo: pico de {yp:.1f} MB, {ys:.2f} s (los tiempos son para usted, no se califican)",
              lp=legacy["peak"] / 1e6, ls=legacy["seconds"], yp=lean["peak"] / 1e6, ys=lean["seconds"]))
    assert lean["sha256"] == legacy["sha256"], say(en="memory counts only once the output is right (see the byte-identical test)",
                                                   es="la memoria solo cuenta cuando la salida es correcta (vea la prueba de bytes idénticos)")
    share = lean["peak"] / legacy["peak"]
    assert share <= MEMORY_SHARE, say(
        en="your peak is {yp:.1f} MB, {share:.0%} of the legacy job's {lp:.1f} MB; the goal is at most {goal:.0%} "
           "(times: legacy {ls:.2f} s, yours {ys:.2f} s)",
        es="su pico es de {yp:.1f} MB, el {share:.0%} de los {lp:.1f} MB del trabajo heredado; la meta es máximo {goal:.0%} "
           "(tiempos: heredado {ls:.2f} s, el suyo {ys:.2f} s)",
        yp=lean["peak"] / 1e6, lp=legacy["peak"] / 1e6, share=share, goal=MEMORY_SHARE, ls=legacy["seconds"], ys=lean["seconds"])
