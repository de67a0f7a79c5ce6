"""benchmarks/ci_pipeline.py still runs end to end on its tiny, offline setting (no timing is asserted)."""

import re
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_the_ci_benchmark_prints_its_target_and_the_monthly_minutes(course_root):
    done = subprocess.run([sys.executable, "benchmarks/ci_pipeline.py", "--tiny"], cwd=course_root, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^target warm_vs_cold: \d+\.\d\d \(goal <= 0\.3\) (PASS|MISS)$", done.stdout, re.MULTILINE), done.stdout
    assert re.search(r"CI a month at 20 pushes a day, cold: \d+ minutes, USD \d+\.\d\d", done.stdout), done.stdout
