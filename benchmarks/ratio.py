"""Shared helpers for benchmarks: alternate A and B in one run, take medians, print DESIGN §10 lines."""

import operator
import os
import statistics
import subprocess
import time
from collections.abc import Callable


def timed_command(command: list[str], **kwargs) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900, **kwargs)  # a hang ends
    return time.perf_counter() - started


def alternate(runs: int, **candidates: Callable[[], float]) -> dict[str, float]:
    """Run every candidate once per round, round after round; the median of each is what counts."""
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(runs):
        for name, measure in candidates.items():
            samples[name].append(measure())
    return {name: statistics.median(values) for name, values in samples.items()}


def machine_line() -> str:
    return f"machine: {os.cpu_count()} cores"


COMPARE = {"<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt}


def target_line(name: str, value: float, goal: str, shown: str = ".2f") -> str:
    """The one form every benchmark prints (DESIGN §10): `target NAME: value (goal …) PASS|MISS`.

    `goal` is an operator and a bound ("<= 1.2"), written once: it is both printed and checked.
    """
    op, bound = goal.split()
    return f"target {name}: {value:{shown}} (goal {goal}) {'PASS' if COMPARE[op](value, float(bound)) else 'MISS'}"
