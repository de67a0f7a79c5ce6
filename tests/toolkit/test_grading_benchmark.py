"""The grading benchmark still runs end to end (on a tiny class; its figures are not asserted)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_benchmark_runs_on_a_tiny_class():
    done = subprocess.run(
        [sys.executable, "benchmarks/grading.py", "--size", "2", "--rounds", "1"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[-2].startswith("target jobs2_speedup: ") and "(goal >= 1.6)" in lines[-2]
    assert lines[-1].startswith("target sandbox_overhead: ") and "(goal <= 1.15)" in lines[-1]
    assert any(line.startswith("grader peak memory: ") for line in lines)
