"""A learner's crash in a subprocess reads as where it ended and why, never as Python's whole stack."""

import subprocess
import sys

from puente.learner_errors import short_traceback

CRASH = "def rate(rows):\n    return rows.split()\n\n\nprint('before')\nrate(None)\n"


def test_a_traceback_is_cut_to_its_last_frame_and_error(tmp_path):
    script = tmp_path / "mi código.py"
    script.write_text(CRASH, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert short_traceback(done.stdout + done.stderr).splitlines() == [
        "before",
        f"{script}, line 2, in rate: return rows.split()",
        "AttributeError: 'NoneType' object has no attribute 'split'",
    ]


def test_output_without_a_traceback_is_kept_as_it_is():
    output = "ERROR: failed to reproduce 'train'\n  stage 'train' is missing\n"
    assert short_traceback(output) == output.rstrip("\n")
