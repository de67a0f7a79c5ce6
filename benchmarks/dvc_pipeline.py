"""Benchmark of the reference pipeline under DVC: a full `dvc repro`, a no-op one, and plain python.

Copies the pipeline's files (dvc.yaml, params.yaml, dvc.lock, data, src/credit_scoring) into a
fresh git + DVC repository in a temporary folder, then alternates three scenarios round after
round and keeps the median of each, because this machine is shared and noisy: absolute times
move, ratios hold.

- full: `dvc repro --force`, every stage runs (what a first `dvc repro` costs);
- noop: `dvc repro` with nothing changed, DVC only checks hashes (what a learner waits for
  after a change that affects nothing);
- plain: the three stages as `python -m credit_scoring.<stage>` calls, without DVC.

    python benchmarks/dvc_pipeline.py            # 5 rounds (about two minutes)
    python benchmarks/dvc_pipeline.py --runs 1   # a smoke run
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ratio import target_line

from puente.paths import copy_into

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("dvc.yaml", "params.yaml", "dvc.lock", "data.dvc", "data", "src/credit_scoring")
STAGES = ("prepare", "train", "evaluate")
NOOP_GOAL_S = 1.5
NOOP_SHARE_GOAL = 0.25


def environment() -> dict[str, str]:
    """The venv first on PATH so that dvc.yaml's `python` is this interpreter; analytics off."""
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "DVC_NO_ANALYTICS": "1"}


def timed(command: list[str], cwd: Path) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=environment(), capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"`{' '.join(command)}` failed:\n{done.stdout}{done.stderr}")
    return seconds, done.stdout


def make_repository(folder: Path) -> Path:
    if not (ROOT / "data" / "credit_data.csv").is_file():
        raise SystemExit("data/credit_data.csv is missing: run `make data` (or `dvc pull data.dvc`) first")
    copy_into(ROOT, COPIED, folder)
    timed(["git", "init", "--quiet"], folder)
    timed(["dvc", "init", "--quiet"], folder)
    return folder


def full_repro(repo: Path) -> float:
    seconds, output = timed(["dvc", "repro", "--force"], repo)
    ran = [stage for stage in STAGES if f"Running stage '{stage}'" in output]
    if len(ran) != len(STAGES):
        raise SystemExit(f"`dvc repro --force` ran only {ran}:\n{output}")
    return seconds


def noop_repro(repo: Path) -> float:
    seconds, output = timed(["dvc", "repro"], repo)
    if "Running stage" in output:
        raise SystemExit(f"a second `dvc repro` was expected to run nothing:\n{output}")
    return seconds


def plain_python(repo: Path) -> float:
    return sum(timed([sys.executable, "-m", f"credit_scoring.{stage}"], repo)[0] for stage in STAGES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds of full, no-op and plain runs (default 5)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    with tempfile.TemporaryDirectory(prefix="puente-bench-dvc-") as folder:
        repo = make_repository(Path(folder))
        if args.runs > 1:
            full_repro(repo)  # warm-up (file-system caches); a one-round smoke run skips it
        times: dict[str, list[float]] = {"full": [], "noop": [], "plain": []}
        for _ in range(args.runs):
            times["full"].append(full_repro(repo))
            times["noop"].append(noop_repro(repo))
            times["plain"].append(plain_python(repo))
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"cores: {os.cpu_count()}; rounds: {args.runs} (alternating full, noop, plain; medians)")
    print(f"full dvc repro (every stage runs): {median['full']:.2f} s")
    print(f"no-op dvc repro (nothing changed): {median['noop']:.2f} s")
    print(f"plain python, three stages:        {median['plain']:.2f} s")
    print(f"ratio full repro / plain python:   {median['full'] / median['plain']:.2f} (DVC's overhead on a full run)")
    print(target_line("noop_repro_seconds", median["noop"], f"<= {NOOP_GOAL_S}"))
    print(target_line("noop_vs_full", median["noop"] / median["full"], f"<= {NOOP_SHARE_GOAL}"))


if __name__ == "__main__":
    main()
