"""Benchmarks still run and print their target lines (a smoke run; no timing is asserted)."""

import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # a benchmark's real runs

TARGET_LINE = re.compile(r"^target \w+: \d+\.\d\d \(goal [^)]+\) (PASS|MISS)$", re.MULTILINE)


def test_check_latency_prints_its_ratio(course_root):
    done = subprocess.run(
        [sys.executable, "benchmarks/check_latency.py", "--runs", "1"], cwd=course_root, capture_output=True, text=True, check=True,
        timeout=600,
    )
    assert "median puente check" in done.stdout
    assert TARGET_LINE.search(done.stdout), done.stdout
