"""Ctrl+C stops a check unrecorded even when the code under test swallows KeyboardInterrupt.

nbclient does: interrupted mid-notebook, it reports a dead kernel and the run went on to record
"3 of 4 tests pass" (found trying `puente --lang es check restart_run_all` with Ctrl+C at 5 s).
"""

import subprocess
import sys

SWALLOWS = '''import os, signal, time


def test_a_library_swallows_ctrl_c():
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)
    except KeyboardInterrupt:
        pass
    assert False


def test_after_ctrl_c():
    open("after-ctrl-c", "w").close()
'''
RUN = '''from pathlib import Path
from puente.runner import run_check
run = run_check(Path.cwd(), ["tests/test_swallows_ctrl_c.py"])
print(run.interrupted, run.finished)
'''


def test_ctrl_c_swallowed_by_the_code_under_test_still_stops_the_check(mini_course):
    (mini_course / "tests" / "test_swallows_ctrl_c.py").write_text(SWALLOWS)
    done = subprocess.run([sys.executable, "-c", RUN], cwd=mini_course, capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["True", "False"], done.stdout + done.stderr
    assert not (mini_course / "after-ctrl-c").exists(), "the check went on after Ctrl+C"
