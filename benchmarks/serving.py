"""Benchmark of the reference scoring service: throughput and latency, as ratios measured in one run.

Starts the reference service (solutions/m05_serving) and the lesson's naive service (which loads
the model per request) with uvicorn on 127.0.0.1, then alternates the scenarios round after round
and keeps the median of each figure, because this machine is shared and noisy: absolute numbers
move, ratios hold. The load generator (Python threads with httpx) runs on the same cores as the
server, so every figure here is lower than a separate client machine would show.

    python benchmarks/serving.py                # the full run (about a minute)
    python benchmarks/serving.py --size small   # a smoke run (a few seconds)
"""

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pandas as pd
from ratio import target_line

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from credit_scoring.decision import CostMatrix  # noqa: E402
from credit_scoring.model_artifact import load_model, save_model  # noqa: E402
from credit_scoring.schema import FEATURE_COLUMNS  # noqa: E402
from credit_scoring.train import train_and_decide  # noqa: E402
from puente.local_server import uvicorn_server  # noqa: E402

SIZES = {
    # rounds, requests per round for /health and /predict, for the naive service, batch requests
    "small": {"rounds": 2, "requests": 60, "naive": 8, "batches": 4},
    "full": {"rounds": 5, "requests": 600, "naive": 40, "batches": 20},
}
CONCURRENCY = 32
BATCH_CONCURRENCY = 4
"""Each batch request keeps a core busy for a while: more clients in flight would only queue."""
BATCH_ROWS = 1000
STARTUP_TIMEOUT_S = 600.0  # generous: a loaded machine is slow, not broken (the process is watched too)


@dataclass
class Run:
    """One scenario's figures in one round."""

    requests_per_s: float
    rows_per_s: float
    p50_ms: float
    p99_ms: float


def predict_is_ok(url: str) -> bool:
    """Ready means scoring works (the naive example service has no /health)."""
    return httpx.post(f"{url}/predict", json=example_rows(1)[0], timeout=2).status_code == 200


def example_rows(count: int) -> list[dict]:
    """Real applicants from the course data, as JSON-ready dicts (holes become null)."""
    frame = pd.read_csv(ROOT / "data" / "credit_data.csv")[list(FEATURE_COLUMNS)].head(count)
    frame = frame.dropna() if count == 1 else frame
    return [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in frame.to_dict("records")]


def load(method: str, url: str, body: dict | None, total: int, rows_per_request: int = 1, clients: int = CONCURRENCY) -> Run:
    """`total` requests from `clients` threads, each with its own keep-alive connection."""
    content = None if body is None else json.dumps(body).encode()  # encoded once: the client's work stays small
    headers = {"content-type": "application/json"}
    latencies: list[float] = []
    lock = threading.Lock()
    per_thread = [total // clients + (1 if i < total % clients else 0) for i in range(clients)]

    def worker(count: int) -> None:
        mine = []
        with httpx.Client(timeout=60) as client:
            for _ in range(count):
                started = time.perf_counter()
                response = client.request(method, url, content=content, headers=headers)
                mine.append(time.perf_counter() - started)
                response.raise_for_status()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(n,)) for n in per_thread if n]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return Run(total / elapsed, total * rows_per_request / elapsed,
               1000 * ordered[len(ordered) // 2], 1000 * ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))])


def in_process_ms_per_row(model_dir: Path, repeats: int) -> tuple[float, float]:
    """model.predict_proba alone: milliseconds per row for 1 row at a time and for 1,000 rows at once."""
    model, _ = load_model(model_dir)
    frame = pd.DataFrame.from_records(example_rows(BATCH_ROWS), columns=list(FEATURE_COLUMNS))
    one, many = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        model.predict_proba(frame.head(1))
        one.append(time.perf_counter() - started)
        started = time.perf_counter()
        model.predict_proba(frame)
        many.append((time.perf_counter() - started) / BATCH_ROWS)
    return 1000 * statistics.median(one), 1000 * statistics.median(many)


def model_folder(scratch: Path) -> Path:
    """The pipeline's model if `dvc repro` built it, else a fresh fit of the same pipeline."""
    built = ROOT / "artifacts" / "model"
    if (built / "model.skops").is_file():
        return built
    print("artifacts/model is missing: fitting the reference pipeline into a temporary folder")
    folder = scratch / "model"
    applications = pd.read_csv(ROOT / "data" / "credit_data.csv")
    model, decision, _ = train_and_decide(applications, CostMatrix(5, 1), class_weight="balanced")
    save_model(model, folder, {"data_md5": None, "metrics": {}, "decision": decision})
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    size = SIZES[parser.parse_args().size]
    print(f"machine: {os.cpu_count()} cores; the load generator shares them with the server")
    with tempfile.TemporaryDirectory() as scratch:
        model_dir = model_folder(Path(scratch))
        extra = {"PUENTE_MODEL_DIR": str(model_dir)}
        with contextlib.ExitStack() as servers:
            reference_url = servers.enter_context(uvicorn_server(
                "m05_serving.app:create_app", ROOT / "solutions", extra, ready=predict_is_ok, timeout=STARTUP_TIMEOUT_S, cwd=ROOT))
            naive_url = servers.enter_context(uvicorn_server(
                "load_per_request:app", ROOT / "modules/m05_serving/examples", extra, factory=False,
                ready=predict_is_ok, timeout=STARTUP_TIMEOUT_S, cwd=ROOT))
            one, batch = example_rows(1)[0], {"applicants": example_rows(BATCH_ROWS)}
            scenarios = {
                "/health": lambda: load("GET", f"{reference_url}/health", None, size["requests"]),
                "/predict": lambda: load("POST", f"{reference_url}/predict", one, size["requests"]),
                "/predict (naive)": lambda: load("POST", f"{naive_url}/predict", one, size["naive"]),
                "/predict/batch": lambda: load("POST", f"{reference_url}/predict/batch", batch, size["batches"],
                                               BATCH_ROWS, BATCH_CONCURRENCY),
            }
            runs: dict[str, list[Run]] = {name: [] for name in scenarios}
            for _ in range(size["rounds"]):
                for name, scenario in scenarios.items():
                    runs[name].append(scenario())
        one_row_ms, batched_row_ms = in_process_ms_per_row(model_dir, 5 * size["rounds"])

    medians = {name: Run(*(statistics.median(getattr(r, f) for r in rs) for f in Run.__dataclass_fields__))
               for name, rs in runs.items()}
    print(f"{size['rounds']} alternating rounds, {CONCURRENCY} client threads ({BATCH_CONCURRENCY} for batches), medians:")
    print(f"{'scenario':<18}{'req/s':>10}{'rows/s':>11}{'p50 ms':>9}{'p99 ms':>9}")
    for name, m in medians.items():
        print(f"{name:<18}{m.requests_per_s:>10.1f}{m.rows_per_s:>11.0f}{m.p50_ms:>9.2f}{m.p99_ms:>9.2f}")
    print(f"model.predict_proba in process: {one_row_ms:.3f} ms for 1 row, {batched_row_ms:.4f} ms per row in a batch of {BATCH_ROWS}")
    predict, health = medians["/predict"], medians["/health"]
    print(target_line("predict_vs_health", predict.requests_per_s / health.requests_per_s, ">= 0.6", shown=".3g"))
    print(target_line("batch_vs_single_rows", medians["/predict/batch"].rows_per_s / predict.rows_per_s, ">= 50", shown=".3g"))
    print(target_line("naive_vs_reference", medians["/predict (naive)"].requests_per_s / predict.requests_per_s, "<= 0.1", shown=".3g"))


if __name__ == "__main__":
    main()
