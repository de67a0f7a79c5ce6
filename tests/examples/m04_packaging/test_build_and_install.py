import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_the_installed_command_runs_in_a_fresh_venv(course_root, tmp_path):
    examples = course_root / "modules" / "m04_packaging" / "examples"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", str(examples / "build_and_install.sh"), str(examples / "hello_package"), str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "hello-lender 0.1.0 (needs Python >=3.11)"
    assert (tmp_path / "venv" / "bin" / "hello-lender").is_file()
