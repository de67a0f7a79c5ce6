"""Benchmark of module 07: the drift report's speed, and batch scoring chunked with pandas against Dask.

The drift report (solutions/m07_monitoring) runs over generated months of 1M rows and is
reported in rows per second. Batch scoring runs at three volumes, each case in a fresh Python
process so that its peak memory (ru_maxrss) is its own: chunks in one pandas process, and the
same chunks as partitions on a Dask LocalCluster (threads on this machine, dashboard off, no
network beyond loopback). Rows are generated on the fly (`generate_rows`), never written to
disk. Cases alternate pandas, Dask, pandas, Dask... and the median of the rounds counts.

    python benchmarks/monitoring.py                # 1M rows of drift; batch at 100k, 1M, 10M (minutes)
    python benchmarks/monitoring.py --size small   # a smoke run (a minute; several on a busy machine)
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "solutions"), str(ROOT / "modules" / "m07_monitoring" / "examples")]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ratio import machine_line, target_line  # noqa: E402

from credit_scoring.prepare import clean  # noqa: E402
from credit_scoring.production_year import generate_rows  # noqa: E402

SIZES = {
    # drift rows, batch volumes (the last two make the memory ratio), rounds per volume, chunk size
    "small": {"drift_rows": 20_000, "volumes": [5_000, 10_000, 50_000], "rounds": 1, "chunk": 5_000},
    "full": {"drift_rows": 1_000_000, "volumes": [100_000, 1_000_000, 10_000_000], "rounds": 3, "chunk": 100_000},
}
ENGINES = ("pandas", "dask")
DATA = ROOT / "data" / "credit_data.csv"


def drift_rows_per_s(rows: int, rounds: int) -> float:
    from m07_monitoring.drift import drift_report

    applications = pd.read_csv(DATA)
    reference = clean(applications)
    current = pd.concat(generate_rows(applications, rows, seed=9, chunk_size=100_000), ignore_index=True)
    current["income"] = current["income"] * 1.3
    seconds = []
    for _ in range(rounds):
        started = time.perf_counter()
        report = drift_report(reference, current)
        seconds.append(time.perf_counter() - started)
    flagged = ", ".join(report.loc[report["drifted"], "column"]) or "none"
    print(f"drift report: {rows:,} rows x {len(report)} columns in {statistics.median(seconds):.2f} s "
          f"(median of {rounds}); flagged: {flagged}")
    return rows / statistics.median(seconds)


def run_case(engine: str, rows: int, chunk: int) -> dict:
    """One batch job in this process: its rows/s and the process's peak memory."""
    from chunked_vs_dask import scores_summary_dask, scores_summary_pandas

    from credit_scoring.train import fit_model

    applications = pd.read_csv(DATA)
    model = fit_model(applications)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    job = scores_summary_pandas if engine == "pandas" else scores_summary_dask
    started = time.perf_counter()
    summary = job(model, applications, rows=rows, chunk_size=chunk)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    return {"rows_per_s": rows / seconds, "peak_mb": peak, "before_mb": before, "mean_score": summary["mean_score"]}


def case_in_child(engine: str, rows: int, chunk: int) -> dict:
    command = [sys.executable, __file__, "--case", engine, "--rows", str(rows), "--chunk", str(chunk)]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=3600)
    return json.loads(result.stdout.strip().splitlines()[-1])


def label(rows: int) -> str:
    return f"{rows // 1_000_000}m" if rows >= 1_000_000 else f"{rows // 1000}k"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--case", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--chunk", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.rows, args.chunk)))
        return
    size = SIZES[args.size]
    print(machine_line() + "; the Dask cluster runs 2 single-threaded workers in one process")
    drift = drift_rows_per_s(size["drift_rows"], size["rounds"])
    results: dict[tuple[str, int], list[dict]] = {}
    for rows in size["volumes"]:
        rounds = 1 if rows >= 10_000_000 else size["rounds"]
        for _ in range(rounds):
            for engine in ENGINES:
                results.setdefault((engine, rows), []).append(case_in_child(engine, rows, size["chunk"]))
    print(f"batch scoring in chunks of {size['chunk']:,} rows, median of the rounds (1 round at 10M):")
    print(f"{'engine':<8}{'rows':>12}{'rows/s':>12}{'peak MB':>10}{'at start MB':>13}{'mean score':>12}")
    medians = {}
    for (engine, rows), runs in results.items():
        medians[engine, rows] = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        m = medians[engine, rows]
        print(f"{engine:<8}{rows:>12,}{m['rows_per_s']:>12,.0f}{m['peak_mb']:>10.0f}{m['before_mb']:>13.0f}{m['mean_score']:>12.6f}")
    middle, largest = size["volumes"][1], size["volumes"][2]
    for rows in size["volumes"]:
        ratio = medians["dask", rows]["rows_per_s"] / medians["pandas", rows]["rows_per_s"]
        print(f"dask_vs_pandas rows/s at {rows:,} rows: {ratio:.2f}")
    print("note: on one machine Dask adds a scheduler and moves nothing the pandas loop could not; it pays off "
          "when the rows no longer fit one machine's time budget and a real cluster adds cores, or when the "
          "chunks come from many files that workers can read in parallel")
    print(target_line("drift_rows_per_s", drift, ">= 1000000"))
    memory = medians["pandas", largest]["peak_mb"] / medians["pandas", middle]["peak_mb"]
    print(target_line(f"batch_memory_{label(largest)}_vs_{label(middle)}", memory, "<= 1.2"))


if __name__ == "__main__":
    main()
