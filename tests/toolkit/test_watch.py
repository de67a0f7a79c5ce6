"""`puente watch` checks again when the learner saves a file."""

import os
import subprocess
import sys
import time


def wait_for(process, text, seen, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            time.sleep(0.1)
            continue
        seen.append(line)
        if text in line:
            return True
    return False


def test_watch_checks_again_after_a_save(mini_course):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
    env.update(PUENTE_LANG="en", NO_COLOR="1", PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "puente", "watch", "first_look"], cwd=mini_course, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    seen: list[str] = []
    try:
        assert wait_for(process, "tests pass", seen), "".join(seen)
        solution = mini_course / "solutions" / "m00_welcome" / "first_look.py"
        (mini_course / "exercises" / "m00_welcome" / "first_look.py").write_text(solution.read_text())
        assert wait_for(process, "All 3 tests pass", seen), "".join(seen)
    finally:
        process.terminate()
        process.wait(timeout=30)
