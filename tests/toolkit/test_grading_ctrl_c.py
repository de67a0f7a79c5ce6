"""Ctrl+C during `puente grade` says so in the instructor's language and leaves nothing behind.

Found trying `puente --lang es grade` from a folder with an accent, interrupted while it graded:
it exited 130 and wrote nothing, as it should, but silently. The outputs, once begun, are written
whole (Ctrl+C waits for them).
"""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # a sandboxed grading run: make test, not make test-fast


def test_ctrl_c_during_grading_says_nothing_was_recorded(tmp_path):
    folder = tmp_path / "clase ñandú"
    for name in ("josé", "ana maría"):
        shutil.copytree(ROOT / "solutions" / "m00_welcome", folder / name / "exercises" / "m00_welcome",
                        ignore=shutil.ignore_patterns("__pycache__"))
    out, scratch = tmp_path / "notas", tmp_path / "scratch"
    scratch.mkdir()
    grading = subprocess.Popen(
        [sys.executable, "-m", "puente", "--lang", "es", "grade", str(folder), "--out", str(out), "--only", "m00_welcome", "--jobs", "1"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "TMPDIR": str(scratch)},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as in a terminal, not as a background job
    )
    deadline = time.monotonic() + 600
    while not list(scratch.glob("puente-grade-*/s*")):  # a submission's stage: the class is being graded now
        assert grading.poll() is None and time.monotonic() < deadline, "the grader ended, or never started grading"
        time.sleep(0.05)
    grading.send_signal(signal.SIGINT)
    said, _ = grading.communicate(timeout=300)
    assert grading.returncode == 130, said
    assert "interrumpido: no se registró nada." in said, said
    assert "Traceback" not in said
    assert not out.exists(), "an interrupted run wrote a gradebook"
