import subprocess
import sys

import pytest


@pytest.mark.slow
def test_the_benchmark_runs_one_round_and_prints_its_targets(course_root):
    done = subprocess.run([sys.executable, "benchmarks/dvc_pipeline.py", "--runs", "1"], cwd=course_root,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    targets = [line for line in done.stdout.splitlines() if line.startswith("target ")]
    assert [line.split(":")[0] for line in targets] == ["target noop_repro_seconds", "target noop_vs_full"]
    assert all(line.endswith(("PASS", "MISS")) for line in targets)
