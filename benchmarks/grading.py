"""Benchmark `puente grade`: parallel speed-up and the cost of the sandbox, against baselines in the same run.

Builds a class of module-00 submissions (a third honest, a third partial, a third stubs), then,
in each round and in a rotated order: `puente grade --jobs 1`, `puente grade --jobs 2`, the same
grader with learner code in the test process (to price the worker boundary), and the
bare baseline, a sequential loop of `pytest --target <submission>` with no sandbox at all.
Prints the medians, the grader's peak memory and one line per target (DESIGN §10). The
sandbox overhead compares the grader's own per-submission clock (intake, staging, sandbox,
scoring; in results.json) with the bare loop; the whole-run ratio, which adds the grader's
fixed start-up (collecting the test ids once) and its outputs, is printed too.

    .venv/bin/python benchmarks/grading.py                       # 60 submissions, 3 rounds
    .venv/bin/python benchmarks/grading.py --size 2 --rounds 1   # the smoke-test size
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ratio import target_line

ROOT = Path(__file__).resolve().parents[1]
MODULE = "m00_welcome"
PEAK = """
import os, resource, sys
if os.environ.get("BENCH_NO_BOUNDARY"):  # the same grader with learner code in the test process, to price the boundary
    import puente.grading.plan as plan
    clean = plan.clean_env
    plan.clean_env = lambda course: {k: v for k, v in clean(course).items() if k != "PUENTE_BOUNDARY"}
from puente.grading.__main__ import app
try:
    app(sys.argv[1:])
except SystemExit as done:
    code = done.code
self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"PEAK {self_kb} {child_kb}", file=sys.stderr)
sys.exit(code)
"""


def build_class(folder: Path, size: int) -> list[Path]:
    """Honest, partial (first_look solved) and stub submissions, in turn."""
    submissions = []
    for index in range(size):
        kind = ("honest", "partial", "stub")[index % 3]
        target = folder / f"{kind}-{index:03d}" / "exercises" / MODULE
        source = ROOT / ("solutions" if kind == "honest" else "exercises") / MODULE
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        if kind == "partial":
            shutil.copy2(ROOT / "solutions" / MODULE / "first_look.py", target / "first_look.py")
        submissions.append(target.parent.parent)
    return submissions


def grade(folder: Path, out: Path, jobs: int, boundary: bool = True) -> tuple[float, int, int]:
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    env = {**os.environ} if boundary else {**os.environ, "BENCH_NO_BOUNDARY": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PEAK, "grade", str(folder), "--out", str(out), "--jobs", str(jobs), "--only", MODULE, "--quiet"],
        cwd=ROOT, capture_output=True, text=True, env=env,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"puente grade failed:\n{done.stderr[-2000:]}")
    peak = [line.split() for line in done.stderr.splitlines() if line.startswith("PEAK ")][0]
    return seconds, int(peak[1]), int(peak[2])


def bare_loop(submissions: list[Path]) -> float:
    """The baseline: plain pytest per submission, one after another, no sandbox, no report checks.

    Plugin autoloading is off here as in the grader, so the ratio measures the sandbox, the
    staging and the signed report, not the third-party plugins a bare run would import.
    """
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    started = time.perf_counter()
    for submission in submissions:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", f"tests/{MODULE}", "-q", "-p", "no:cacheprovider",
             "--target", str(submission / "exercises")],
            cwd=ROOT, capture_output=True, text=True, env=env,
        )
        if done.returncode not in (0, 1):  # 1: some tests failed, as partial and stub work should
            sys.exit(f"the bare pytest run failed on {submission.name}:\n{done.stdout[-2000:]}")
    return time.perf_counter() - started


def per_submission_seconds(out: Path) -> float:
    """The grader's own clock per submission (intake, staging, sandbox, scoring), from results.json."""
    return sum(json.loads(path.read_text())["execution_time"] for path in out.glob("*/results.json"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=60, help="submissions in the class (default 60)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; each runs the three in a rotated order (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="puente-bench-") as work:
        folder, out = Path(work) / "class", Path(work) / "out"
        submissions = build_class(folder, args.size)
        times: dict[str, list[float]] = {"jobs1": [], "jobs2": [], "bare": [], "inside": [], "noboundary": []}
        peaks = [0, 0]

        def run(name: str) -> None:
            if name == "bare":
                times["bare"].append(bare_loop(submissions))
                return
            if name == "noboundary":
                grade(folder, out, 1, boundary=False)
                times[name].append(per_submission_seconds(out))
                return
            seconds, self_kb, child_kb = grade(folder, out, 1 if name == "jobs1" else 2)
            times[name].append(seconds)
            peaks[0], peaks[1] = max(peaks[0], self_kb), max(peaks[1], child_kb)
            if name == "jobs1":
                times["inside"].append(per_submission_seconds(out))

        order = ["jobs1", "jobs2", "bare", "noboundary"]
        for round_number in range(args.rounds):  # A B C D, B C D A, ...: drift in the machine's load cancels out
            for name in order[round_number % 4:] + order[: round_number % 4]:
                run(name)
    jobs1, jobs2, bare = (statistics.median(times[name]) for name in ("jobs1", "jobs2", "bare"))
    inside = statistics.median(times["inside"])
    without = statistics.median(times["noboundary"])
    print(f"cores: {os.cpu_count()}; submissions: {args.size}; rounds: {args.rounds} (medians below)")
    print(f"grade --jobs 1: {jobs1:.1f} s ({jobs1 / args.size:.2f} s per submission; {inside / args.size:.2f} s inside the grader's per-submission clock)")
    print(f"grade --jobs 2: {jobs2:.1f} s ({jobs2 / args.size:.2f} s per submission)")
    print(f"bare pytest loop: {bare:.1f} s ({bare / args.size:.2f} s per submission)")
    print(f"worker boundary: {(inside - without) / args.size:+.2f} s per submission "
          f"({inside / args.size:.2f} s with it, {without / args.size:.2f} s with learner code in the test process)")
    print(f"whole run, grade --jobs 1 / bare loop (with the grader's fixed start-up and outputs): {jobs1 / bare:.2f}")
    print(f"grader peak memory: {peaks[0] / 1024:.0f} MB (main process); largest worker or sandbox: {peaks[1] / 1024:.0f} MB")
    speedup, overhead = jobs1 / jobs2, inside / bare
    print(target_line("jobs2_speedup", speedup, ">= 1.6"))
    print(target_line("sandbox_overhead", overhead, "<= 1.15"))


if __name__ == "__main__":
    main()
