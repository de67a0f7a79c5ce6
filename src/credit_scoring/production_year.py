"""A year in production: twelve monthly batches of applications whose drift is known in advance.

Module 07 teaches monitoring on data whose answers are known. Each month is a seeded bootstrap
sample of the lender's applications, changed by the drift plan of the `monitoring:` section of
params.yaml: incomes inflate month over month, a new employment category appears, and a shock
changes both the mix of applicants and the bad rate. Labels arrive late: a credit is known to
be bad only `label_delay_months` after it was granted. The same seeds give the same year on
every machine; larger volumes for the cost lessons come from `generate_rows`, never committed.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from credit_scoring.params import PARAMS_FILE, read_params
from credit_scoring.prepare import clean

MONTH_COLUMN = "month"
ID_COLUMN = "application_id"


def read_plan(path: Path = PARAMS_FILE) -> dict[str, Any]:
    """The drift plan: the `monitoring:` section of params.yaml."""
    return read_params("monitoring", path)


def income_factor(month: int, plan: dict[str, Any]) -> float:
    """How much higher incomes are in `month` than in the reference (1.0 in month 1)."""
    return (1 + float(plan["income_inflation"])) ** (month - 1)


def month_batch(applications: pd.DataFrame, month: int, plan: dict[str, Any]) -> pd.DataFrame:
    """The applications of one month (1 to 12), with the plan's drift applied, a `month` column first."""
    rng = np.random.default_rng([int(plan["seed"]), month])
    pool = clean(applications)
    batch = pool.iloc[rng.integers(0, len(pool), int(plan["rows_per_month"]))].reset_index(drop=True)
    batch["income"] = (batch["income"] * income_factor(month, plan)).round()
    new_job, shock = plan["new_job"], plan["shock"]
    if month >= int(new_job["month"]):
        batch.loc[rng.random(len(batch)) < float(new_job["share"]), "job"] = new_job["value"]
    if month >= int(shock["month"]):
        base = float((pool["records"] == "yes").mean())
        flip = (float(shock["records_share"]) - base) / (1 - base)
        batch.loc[(batch["records"] == "no") & (rng.random(len(batch)) < flip), "records"] = "yes"
        batch["amount"] = (batch["amount"] * float(shock["amount_factor"])).round()
        defaults = (batch["status"] == "good") & (rng.random(len(batch)) < float(shock["extra_bad_rate"]))
        batch.loc[defaults, "status"] = "bad"
    batch.insert(0, MONTH_COLUMN, month)
    return batch


def production_year(applications: pd.DataFrame, plan: dict[str, Any]) -> pd.DataFrame:
    """Every month of the year, one after another (`month` 1 to `plan["months"]`)."""
    months = [month_batch(applications, m, plan) for m in range(1, int(plan["months"]) + 1)]
    return pd.concat(months, ignore_index=True)


def drifted_columns(month: int, plan: dict[str, Any]) -> set[str]:
    """The columns the plan changed materially in `month`: what a drift report should flag."""
    columns = set()
    if income_factor(month, plan) - 1 >= float(plan["income_material"]):
        columns.add("income")
    if month >= int(plan["new_job"]["month"]):
        columns.add("job")
    if month >= int(plan["shock"]["month"]):
        columns |= {"records", "amount"}
    return columns


def creeping_columns(month: int, plan: dict[str, Any]) -> set[str]:
    """Columns changed in `month`, but not yet materially (income while it creeps up): no right answer."""
    factor = income_factor(month, plan)
    return {"income"} if 1 < factor < 1 + float(plan["income_material"]) else set()


def is_matured(month: pd.Series, as_of_month: int, plan: dict[str, Any]) -> pd.Series:
    """True for credits granted long enough before `as_of_month` for their outcome to be known."""
    return month + int(plan["label_delay_months"]) <= as_of_month


def labels_as_of(year: pd.DataFrame, as_of_month: int, plan: dict[str, Any]) -> pd.Series:
    """`status` as the lender sees it at the end of `as_of_month`: a credit not yet matured looks "good"."""
    matured = is_matured(year[MONTH_COLUMN], as_of_month, plan)
    return year["status"].where(matured, "good")


def generated_chunk(pool: pd.DataFrame, rows: int, seed: int, chunk_size: int, number: int) -> pd.DataFrame:
    """Chunk `number` of `generate_rows`, built on its own from the cleaned applications (`pool`)."""
    start = number * chunk_size
    size = min(chunk_size, rows - start)
    rng = np.random.default_rng([seed, number])
    chunk = pool.iloc[rng.integers(0, len(pool), size)].reset_index(drop=True)
    chunk.insert(0, ID_COLUMN, np.arange(start, start + size))
    return chunk


def generate_rows(applications: pd.DataFrame, rows: int, seed: int, chunk_size: int = 100_000) -> Iterator[pd.DataFrame]:
    """`rows` applications in chunks, bootstrapped from the lender's data: any volume, flat memory.

    Chunk `k` depends only on (`seed`, `k`), so the same call gives the same rows, and a worker
    can build any chunk on its own (`generated_chunk`). Each row has a unique `application_id`.
    """
    pool = clean(applications)
    for number in range(-(-rows // chunk_size)):
        yield generated_chunk(pool, rows, seed, chunk_size, number)
