"""`puente watch` checks again when the learner saves a file: the exercise whose file was saved,
cancelling a check still running, without process-management noise."""

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time

WAIT = 300  # seconds; generous for a loaded machine, and the process is watched too
ENDLESS = "import pandas as pd\n\n\ndef load_applications(path):\n    return pd.read_csv(path)\n\n\ndef default_rate(applications):\n    while True:\n        pass\n"
NOISE = ("SIGKILL", "has not terminated", "Traceback", "timed out")


class Watcher:
    def __init__(self, course, *args):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
        env.update(PUENTE_LANG="en", NO_COLOR="1", PYTHONUNBUFFERED="1")
        self.process = subprocess.Popen([sys.executable, "-m", "puente", "watch", *args], cwd=course, env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.seen: list[str] = []
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(line) for line in self.process.stdout], daemon=True).start()

    def wait_for(self, text):
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline and (self.process.poll() is None or not self.lines.empty()):
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                continue
            self.seen.append(line)
            if text in line:
                return True
        return False

    @property
    def output(self):
        return "".join(self.seen)

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def test_watch_checks_again_after_a_save(mini_course):
    watcher = Watcher(mini_course, "first_look")
    try:
        assert watcher.wait_for("tests pass"), watcher.output
        solution = mini_course / "solutions" / "m00_welcome" / "first_look.py"
        (mini_course / "exercises" / "m00_welcome" / "first_look.py").write_text(solution.read_text())
        assert watcher.wait_for("All 3 tests pass"), watcher.output
    finally:
        watcher.stop()


def test_watch_checks_the_exercise_whose_file_was_saved(mini_course):
    watcher = Watcher(mini_course)  # no exercise named: it starts with the next unfinished one, first_look
    try:
        assert watcher.wait_for("0 of 3 tests pass"), watcher.output
        shutil.copy(mini_course / "solutions" / "m00_welcome" / "missing_values.py", mini_course / "exercises" / "m00_welcome")
        assert watcher.wait_for("Checking missing_values"), watcher.output
        assert watcher.wait_for("All 3 tests pass: 10 points."), watcher.output
    finally:
        watcher.stop()
    assert "Checking first_look" in watcher.output and watcher.output.count("Checking") == 2, watcher.output
    assert not any(noise in watcher.output for noise in NOISE), watcher.output


def test_a_save_during_a_check_cancels_it_cleanly(mini_course):
    watcher = Watcher(mini_course, "first_look")
    try:
        assert watcher.wait_for("tests pass"), watcher.output
        (mini_course / "exercises" / "m00_welcome" / "first_look.py").write_text(ENDLESS)
        assert watcher.wait_for("running test_default_rate_of_a_small_table"), watcher.output
        shutil.copy(mini_course / "solutions" / "m00_welcome" / "missing_values.py", mini_course / "exercises" / "m00_welcome")
        assert watcher.wait_for("the running check was stopped, nothing recorded"), watcher.output
        assert watcher.wait_for("All 3 tests pass: 10 points."), watcher.output
    finally:
        watcher.stop()
    assert watcher.process.returncode == 0, watcher.output
    assert not any(noise in watcher.output for noise in NOISE), watcher.output
