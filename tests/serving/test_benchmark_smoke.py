"""The serving benchmark still runs end to end (tiny size); its figures are read by people, never asserted."""

import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow
TARGET_LINE = re.compile(r"^target \w+: [\d.e+-]+ \(goal [<>]= [\d.]+\) (PASS|MISS)$")


def test_the_benchmark_prints_its_three_target_lines(course_root):
    result = subprocess.run([sys.executable, "benchmarks/serving.py", "--size", "small"],
                            capture_output=True, text=True, cwd=course_root, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    lines = result.stdout.strip().splitlines()
    assert "cores" in lines[0]
    assert [TARGET_LINE.match(line) is not None for line in lines[-3:]] == [True, True, True], lines[-3:]
    assert [line.split(":")[0] for line in lines[-3:]] == [
        "target predict_vs_health", "target batch_vs_single_rows", "target naive_vs_reference"]
