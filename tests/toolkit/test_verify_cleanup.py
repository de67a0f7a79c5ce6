"""`puente verify` leaves the temporary folder as it found it: after a run, and after Ctrl+C in the middle of one.

Each run gets a private TMPDIR, so other runs on the machine cannot change what is compared.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # real verify runs (two pytest runs each)


def _env(private_tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
    env.update(TMPDIR=str(private_tmp), PUENTE_LANG="en", COLUMNS="200", NO_COLOR="1")
    return env


def _listing(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.fixture
def private_tmp(tmp_path: Path) -> Path:
    """An own TMPDIR, holding one file of someone else's; the control proves the child really uses it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    (folder / "someone-elses.txt").write_text("left alone\n")
    seen = subprocess.run([sys.executable, "-c", "import tempfile; print(tempfile.gettempdir())"], env=_env(folder),
                          capture_output=True, text=True, check=True, timeout=60)
    assert seen.stdout.strip() == str(folder)
    return folder


def test_verify_leaves_the_temporary_folder_as_it_found_it(mini_course, private_tmp):
    before = _listing(private_tmp)
    done = subprocess.run([sys.executable, "-m", "puente", "verify", "m00_welcome"], cwd=mini_course, env=_env(private_tmp),
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 failed" in done.stdout.splitlines()[-1]
    assert _listing(private_tmp) == before


def test_ctrl_c_in_the_middle_of_verify_leaves_no_folder_behind(mini_course, private_tmp):
    # a graded test that outlasts the test: verify is surely in the middle of its runs when Ctrl+C comes
    (mini_course / "tests" / "m00_welcome" / "test_zz_waits.py").write_text("import time\n\n\ndef test_waits():\n    time.sleep(600)\n")
    before = _listing(private_tmp)
    process = subprocess.Popen([sys.executable, "-m", "puente", "verify", "m00_welcome"], cwd=mini_course, env=_env(private_tmp),
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 600
        while not list(private_tmp.glob("puente-verify-*")):  # made just before the graded runs start
            assert process.poll() is None, f"verify ended (exit {process.returncode}) before its graded runs started"
            assert time.monotonic() < deadline, "verify's graded runs did not start within 10 minutes"
            time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode not in (0, None), "an interrupted verify must not look green"
    assert _listing(private_tmp) == before
