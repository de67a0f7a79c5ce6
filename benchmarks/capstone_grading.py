"""Benchmark: the time `puente grade` takes per capstone team, against bare pytest in the same run.

Builds a class of three team hand-ins, as GitHub Classroom would download them (reference,
mediocre, starter), under a folder whose name has a space and an accent; grades it with
`puente grade --only m08_capstone` (sandbox, one team at a time), then runs the same rubric
with plain `pytest --target` per team, no sandbox, as the baseline. Prints each team's points,
the gradebook's columns, the medians and the targets (DESIGN §10).

    .venv/bin/python benchmarks/capstone_grading.py             # 1 round
    .venv/bin/python benchmarks/capstone_grading.py --rounds 3
"""

import argparse
import csv
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
sys.path.insert(0, str(ROOT / "src"))

from puente.capstone.mediocre import build_mediocre  # noqa: E402
from puente.capstone.team_repo import TEAM_FOLDER  # noqa: E402

MODULE = "m08_capstone"
GOAL_SECONDS = 180.0


def build_class(folder: Path) -> dict[str, Path]:
    """Three hand-ins, each `exercises/m08_capstone/team` at its root; returns team -> its --target tree."""
    trees = {}
    for team, source in (("reference", ROOT / "solutions"), ("starter", ROOT / "exercises")):
        tree = folder / "class" / team / "exercises"
        shutil.copytree(source / MODULE / TEAM_FOLDER, tree / MODULE / TEAM_FOLDER, ignore=shutil.ignore_patterns("__pycache__"))
        (tree / MODULE / "__init__.py").touch()
        trees[team] = tree
    trees["mediocre"] = build_mediocre(ROOT, folder / "class" / "mediocre" / "exercises")
    return trees


def grade(folder: Path, out: Path) -> float:
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "puente", "grade", str(folder / "class"), "--out", str(out), "--only", MODULE,
                           "--jobs", "1", "--timeout", "1800", "--test-timeout", "1200", "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=7200)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"puente grade failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return seconds


def bare(trees: dict[str, Path], scratch: Path) -> float:
    started = time.perf_counter()
    for tree in trees.values():
        subprocess.run([sys.executable, "-m", "pytest", f"tests/{MODULE}", f"--target={tree}", "-q", "-p", "no:randomly"], cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=3600,
                       env={**os.environ, "TMPDIR": str(scratch)})
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="puente-capstone-bench-") as scratch_name:
        scratch = Path(scratch_name) / "Cursos año"
        trees = build_class(scratch)
        graded, baseline = [], []
        for _ in range(args.rounds):
            graded.append(grade(scratch, scratch / "graded"))
            bare_tmp = scratch / "bare-tmp"
            bare_tmp.mkdir(exist_ok=True)
            baseline.append(bare(trees, bare_tmp))
        with (scratch / "graded" / "grades.csv").open(newline="", encoding="utf-8") as file:
            rows = list(csv.DictReader(file))
    teams = len(trees)
    per_team, bare_per_team = statistics.median(graded) / teams, statistics.median(baseline) / teams
    print(f"machine: {os.cpu_count()} cores; {teams} teams, {args.rounds} round(s)")
    print(f"gradebook columns: {', '.join(rows[0]) if rows else '(empty)'}")
    for row in rows:
        items = ", ".join(f"{name} {row[name]}" for name in row if name not in ("student", "score", "max_score", "percent", "status", "flags"))
        print(f"  {row['student']}: {row['score']} of {row['max_score']} ({row['status']}; {items})")
    print(f"median puente grade: {per_team:.1f} s per team; bare pytest: {bare_per_team:.1f} s per team")
    print(target_line("capstone_grade_seconds_per_team", per_team, f"< {GOAL_SECONDS:.0f}"))
    ratio = per_team / bare_per_team
    print(target_line("capstone_grade_vs_bare", ratio, "<= 1.5"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
