"""The suite's global per-test timeout (pytest-timeout, set in pyproject.toml) really fires: a test stuck on a
blocking read from a silent child process ends as a failure that names the timeout, never a stuck CI."""

import os
import subprocess
import sys
import tomllib

HUNG = '''import subprocess
import sys


def test_waits_on_a_silent_child():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        child.stdout.readline()  # the child never writes: without a timeout this waits ten minutes
    finally:
        child.kill()
        child.wait()
'''


def test_the_repository_sets_a_global_timeout(course_root):
    options = tomllib.loads((course_root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert int(options["timeout"]) >= 300, "generous for a busy machine, but set"


def test_a_test_hung_on_a_silent_child_ends_as_a_timeout_failure(course_root, tmp_path):
    test_file = tmp_path / "test_hung.py"
    test_file.write_text(HUNG, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
    command = [sys.executable, "-m", "pytest", str(test_file), "-c", str(course_root / "pyproject.toml"),
               "--rootdir", str(course_root), "-o", "timeout=5", "-q", "-p", "no:randomly", "-p", "no:xdist"]
    done = subprocess.run(command, cwd=course_root, env=env, capture_output=True, text=True, timeout=400)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 failed" in done.stdout.splitlines()[-1], done.stdout
    assert "Timeout" in done.stdout, done.stdout
