"""How long does `puente check <exercise>` take against plain pytest on the same test file, and how
long does a warm `puente watch` re-check take against a cold `puente check`?

The learner's check must feel instant: its cost over pytest itself should be small, and a re-check
after a save (a fork of the watching process, heavy imports done) a fraction of a cold check.
Usage: python benchmarks/check_latency.py [--runs N] [--exercise ID]
"""

import argparse
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from ratio import alternate, machine_line, target_line, timed_command

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from puente.manifest import load_manifest  # noqa: E402

SUMMARY = "tests pass"  # the last line of every English check report: "N of M tests pass", "All M tests pass"
WAIT = 600.0  # a generous bound for one re-check on a loaded machine


class WatchRecheck:
    """A running `puente watch EXERCISE`; each measure() saves the exercise's file again (same bytes)."""

    def __init__(self, exercise, env: dict[str, str]) -> None:
        self.path = ROOT / exercise.paths("exercises")[0]
        self.process = subprocess.Popen([sys.executable, "-m", "puente", "watch", exercise.id], cwd=ROOT, env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._until_summary()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)

    def _until_summary(self) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if SUMMARY in self.lines.get(timeout=1):
                    return
            except queue.Empty:
                continue
        raise RuntimeError("puente watch printed no check summary")

    def measure(self) -> float:
        content = self.path.read_bytes()
        started = time.perf_counter()
        self.path.write_bytes(content)
        self._until_summary()
        return time.perf_counter() - started

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--exercise", default="first_look")
    args = parser.parse_args()
    exercise = load_manifest(ROOT).get_exercise(args.exercise)
    env = {**os.environ, "NO_COLOR": "1", "PUENTE_LANG": "en", "PYTHONUNBUFFERED": "1"}
    check = [sys.executable, "-m", "puente", "check", exercise.id]
    plain = [sys.executable, "-m", "pytest", exercise.test_file, "-q"]
    watcher = WatchRecheck(exercise, env)
    try:
        medians = alternate(
            args.runs,
            check=lambda: timed_command(check, cwd=ROOT, env=env),
            pytest=lambda: timed_command(plain, cwd=ROOT, env=env),
            recheck=watcher.measure,
        )
    finally:
        watcher.stop()
    print(machine_line())
    print(f"runs: {args.runs} each, alternating; exercise: {exercise.id}")
    print(f"median puente check: {medians['check']:.3f} s")
    print(f"median plain pytest: {medians['pytest']:.3f} s")
    print(f"median watch re-check (save to summary): {medians['recheck']:.3f} s")
    ratio = medians["check"] / medians["pytest"]
    recheck = medians["recheck"] / medians["check"]
    print(target_line("check_vs_pytest", ratio, "<= 1.2"))
    print(target_line("watch_recheck_vs_check", recheck, "<= 0.35"))


if __name__ == "__main__":
    main()
