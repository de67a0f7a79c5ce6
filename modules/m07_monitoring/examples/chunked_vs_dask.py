"""The same batch job two ways: chunks in one pandas process, and partitions on a Dask cluster.

Both build the applications from `generate_rows` (chunk k depends only on the seed and k), so
neither ever holds the whole table. `LocalCluster` runs the workers on this machine; in
production the same code points a `Client` at a real cluster's scheduler instead.
"""

import dask
import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, LocalCluster

from credit_scoring.prepare import clean
from credit_scoring.production_year import generate_rows, generated_chunk
from credit_scoring.schema import FEATURE_COLUMNS


def scores_summary_pandas(model, applications: pd.DataFrame, rows: int, chunk_size: int) -> dict[str, float]:
    total, count = 0.0, 0
    for chunk in generate_rows(applications, rows, seed=5, chunk_size=chunk_size):
        total += float(model.predict_proba(chunk[list(FEATURE_COLUMNS)])[:, 1].sum())
        count += len(chunk)
    return {"rows": count, "mean_score": total / count}


def scores_summary_dask(model, applications: pd.DataFrame, rows: int, chunk_size: int, workers: int = 2) -> dict[str, float]:
    pool = clean(applications)

    def chunk_scores(number: int) -> pd.DataFrame:
        chunk = generated_chunk(pool, rows, seed=5, chunk_size=chunk_size, number=number)
        return pd.DataFrame({"score": model.predict_proba(chunk[list(FEATURE_COLUMNS)])[:, 1]})

    numbers = list(range(-(-rows // chunk_size)))
    meta = pd.DataFrame({"score": pd.Series(dtype="float64")})
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=False, dashboard_address=None)
    with cluster, Client(cluster):
        frame = dd.from_map(chunk_scores, numbers, meta=meta)
        count, total = dask.compute(frame["score"].count(), frame["score"].sum())
    return {"rows": int(count), "mean_score": float(total) / int(count)}
