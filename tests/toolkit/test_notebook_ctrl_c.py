"""Ctrl+C while a notebook runs is Ctrl+C, not a dead kernel: nbclient takes SIGINT for itself, and
without this a learner's interrupted notebook check recorded "3 of 4 tests pass"."""

import signal
import subprocess
import sys
import time

import nbformat

SCRIPT = "import sys\nfrom pathlib import Path\nfrom puente.notebooks import run_notebook\nprint('finding:', run_notebook(Path(sys.argv[1])))\n"


def test_ctrl_c_during_a_cell_interrupts_the_run(tmp_path):
    started = tmp_path / "started"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(f"import time\nopen({str(started)!r}, 'w').close()\ntime.sleep(600)")])
    nbformat.write(notebook, tmp_path / "slow.ipynb")
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path / "slow.ipynb")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300  # a kernel start on a busy machine; the process is watched too
    while not started.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert started.exists(), process.communicate(timeout=60)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=300)
    assert "finding:" not in out, f"the interrupted run was reported as a finding: {out}"
    assert "KeyboardInterrupt" in err
