"""How long does `puente check <exercise>` take against plain pytest on the same test file?

The learner's check must feel instant: its cost over pytest itself should be small.
Usage: python benchmarks/check_latency.py [--runs N] [--exercise ID]
"""

import argparse
import os
import sys
from pathlib import Path

from ratio import alternate, machine_line, target_line, timed_command

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from puente.manifest import load_manifest  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--exercise", default="first_look")
    args = parser.parse_args()
    exercise = load_manifest(ROOT).get_exercise(args.exercise)
    env = {**os.environ, "NO_COLOR": "1"}
    check = [sys.executable, "-m", "puente", "check", exercise.id]
    plain = [sys.executable, "-m", "pytest", exercise.test_file, "-q"]
    medians = alternate(
        args.runs,
        check=lambda: timed_command(check, cwd=ROOT, env=env),
        pytest=lambda: timed_command(plain, cwd=ROOT, env=env),
    )
    print(machine_line())
    print(f"runs: {args.runs} each, alternating; exercise: {exercise.id}")
    print(f"median puente check: {medians['check']:.3f} s")
    print(f"median plain pytest: {medians['pytest']:.3f} s")
    ratio = medians["check"] / medians["pytest"]
    print(target_line("check_vs_pytest", ratio, "<= 1.2", ratio <= 1.2))


if __name__ == "__main__":
    main()
