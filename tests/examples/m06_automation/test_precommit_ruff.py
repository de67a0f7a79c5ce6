import shutil
import subprocess
import sys

import pytest

from puente.lender_repo import tool_env

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("extra_line", "exit_code"), [("", 0), ("import os\n", 1)])
def test_the_ruff_hook_passes_clean_code_and_stops_an_unused_import(examples_dir, tmp_path, extra_line, exit_code):
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy2(examples_dir / "precommit_ruff.yaml", repo / ".pre-commit-config.yaml")
    (repo / "report.py").write_text(f'"""A report."""\n{extra_line}\n\nTITLE = "report"\n')
    env = {**tool_env(), "PRE_COMMIT_HOME": str(tmp_path / "home")}
    for command in (["git", "init", "--quiet"], ["git", "add", "--all"]):
        subprocess.run(command, cwd=repo, env=env, check=True)
    done = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == exit_code, done.stdout + done.stderr
    assert ("F401" in done.stdout) == bool(extra_line)
