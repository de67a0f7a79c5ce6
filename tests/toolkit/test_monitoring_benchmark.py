"""The monitoring benchmark (module 07) still runs end to end (tiny sizes); its figures are read by people, never asserted."""

import subprocess
import sys

import pytest


@pytest.mark.slow
def test_the_benchmark_prints_its_target_lines(course_root):
    result = subprocess.run([sys.executable, "benchmarks/monitoring.py", "--size", "small"],
                            cwd=course_root, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    targets = [line.split(":")[0] for line in lines if line.startswith("target ")]
    assert targets == ["target drift_rows_per_s", "target batch_memory_50k_vs_10k"], result.stdout
    assert sum(line.startswith("dask_vs_pandas rows/s") for line in lines) == 3
    assert lines[0].startswith("machine: ")
