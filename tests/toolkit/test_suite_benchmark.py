"""The suite's budget benchmark still runs and prints a line per step and its target line (times are not asserted)."""

import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # a real pytest run under the benchmark

TARGET_LINE = re.compile(r"^target suite_total_minutes: \d+\.\d\d \(goal <= 20\) (PASS|MISS)$", re.MULTILINE)


def test_suite_benchmark_times_one_test_file(course_root):
    done = subprocess.run([sys.executable, "benchmarks/suite.py", "--only", "toolkit/test_manifest.py"],
                          cwd=course_root, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    steps = [line for line in done.stdout.splitlines() if line.endswith("tests/toolkit/test_manifest.py  ok")]
    assert len(steps) == 1, done.stdout
    assert "load average at start:" in done.stdout and "cores" in done.stdout
    assert TARGET_LINE.search(done.stdout), done.stdout
