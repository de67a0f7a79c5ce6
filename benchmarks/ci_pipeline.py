"""Benchmark of CI caching: the reference workflow's steps, cold (empty caches) against warm (caches kept).

The lender repository of module 06 is built once; each round clones it as a CI checkout gets it,
makes a bare Python environment (what actions/setup-python gives), and runs the reference workflow
(solutions/m06_automation/ci.yml) with the local step runner:

- cold: an empty uv and pip cache and an empty DVC cache, so every package is downloaded from the
  package index and every pipeline stage runs;
- warm: the caches a previous run left (what actions/cache restores), so packages come from the
  uv cache and DVC restores the stages' outputs from its run cache.

Cold and warm alternate, round after round, and the medians count (this machine is shared). It
prints the CI minutes a month of 20 pushes a day at GitHub's dated list price, cold and warm.

    python benchmarks/ci_pipeline.py             # 3 rounds; downloads the packages once per cold round
    python benchmarks/ci_pipeline.py --tiny      # offline smoke run: the course's own environment, 1 round
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ratio import target_line

from puente.ci_cost import LINUX_2_CORE_USD_PER_MINUTE, PRICE_DATE, monthly_cost_usd, monthly_minutes
from puente.lender_repo import build_lender_repo, fresh_clone, offline_ci_env, run
from puente.workflow_steps import run_workflow

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / "solutions" / "m06_automation" / "ci.yml"
GOAL = 0.3


def bare_python(folder: Path) -> Path:
    """A fresh virtual environment with pip only, like a runner's Python before the install step."""
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    return folder / "bin"


def one_run(clean: Path, scratch: Path, caches: Path | None, tiny: bool) -> float:
    """Seconds for the workflow's steps in a fresh checkout; `caches` is None for a cold run."""
    scratch.mkdir(parents=True)
    checkout = fresh_clone(clean, scratch / "checkout")
    cache_root = caches or scratch / "cold caches"
    run(checkout, "dvc", "cache", "dir", "--local", str(cache_root / "dvc"))
    env = {"UV_CACHE_DIR": str(cache_root / "uv"), "PIP_CACHE_DIR": str(cache_root / "pip"), "DVC_NO_ANALYTICS": "1"}
    if tiny:
        path_first, env = [Path(sys.executable).parent], {**env, **offline_ci_env()}
    else:
        path_first = [bare_python(scratch / "python")]
    started = time.perf_counter()
    result = run_workflow(WORKFLOW, checkout, scratch / "jobs", path_first=path_first, env=env)
    seconds = time.perf_counter() - started
    if not result.passed:
        raise SystemExit(f"the reference workflow failed:\n{result.log()[-4000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tiny", action="store_true", help="offline: skip the downloads, use the course's environment")
    args = parser.parse_args()
    rounds = 1 if args.tiny else args.rounds
    if not (ROOT / "data" / "credit_data.csv").is_file():
        raise SystemExit("data/credit_data.csv is missing: run `make data` first")
    with tempfile.TemporaryDirectory(prefix="puente-ci-bench-") as temp:
        temp = Path(temp)
        clean = build_lender_repo(ROOT, temp / "lender")
        warm_caches = temp / "warm caches"
        one_run(clean, temp / "priming", warm_caches, args.tiny)  # fills the warm caches, like a first CI run
        samples: dict[str, list[float]] = {"cold": [], "warm": []}
        for number in range(rounds):
            samples["cold"].append(one_run(clean, temp / f"cold-{number}", None, args.tiny))
            samples["warm"].append(one_run(clean, temp / f"warm-{number}", warm_caches, args.tiny))
            shutil.rmtree(temp / f"cold-{number}", ignore_errors=True)
    cold, warm = statistics.median(samples["cold"]), statistics.median(samples["warm"])
    ratio = warm / cold
    print(f"machine: {os.cpu_count()} cores; {rounds} round(s){' (tiny: offline, no installs)' if args.tiny else ''}")
    print(f"median workflow steps: cold {cold:.1f} s, warm {warm:.1f} s")
    for name, seconds in (("cold", cold), ("warm", warm)):
        print(f"CI a month at 20 pushes a day, {name}: {monthly_minutes([seconds])} minutes, "
              f"USD {monthly_cost_usd([seconds]):.2f} at USD {LINUX_2_CORE_USD_PER_MINUTE}/min "
              f"(GitHub Linux 2-core list price, {PRICE_DATE})")
    print(target_line("warm_vs_cold", ratio, f"<= {GOAL}"))


if __name__ == "__main__":
    main()
