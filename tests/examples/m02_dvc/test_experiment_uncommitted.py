"""`dvc exp run` needs a base commit, not a committed workspace: what the lesson says, checked with the real DVC."""

import subprocess
import sys
from pathlib import Path


def test_an_uncommitted_edit_runs_and_travels_with_the_experiment(shell, credit_data_path, tmp_path):
    repo = shell.toy_repo(tmp_path / "repo", credit_data_path)
    output = shell.script("experiment_uncommitted.sh", repo)
    assert "ana_idea" in output, output
    assert output.splitlines()[-2:] == [" M params.yaml", " M train.py"], f"the edit stays in the workspace, uncommitted:\n{output}"
    experiment = [ref for ref in shell.run("git", "for-each-ref", "--format=%(refname)", "refs/exps", cwd=repo).split()
                  if ref.endswith("/ana_idea")]
    assert len(experiment) == 1, experiment
    recorded = shell.run("git", "show", f"{experiment[0]}:train.py", cwd=repo)
    assert recorded.endswith("# Ana: an idea nobody has committed yet\n"), "the experiment records the uncommitted edit"


def test_without_any_commit_dvc_exp_run_refuses(shell, tmp_path):
    repo = shell.git_repo(tmp_path / "empty")
    shell.run("dvc", "init", "--quiet", cwd=repo)
    (repo / "dvc.yaml").write_text("stages:\n  hello:\n    cmd: echo hello\n")
    path = f"{Path(sys.executable).parent}:/usr/bin:/bin"
    done = subprocess.run(["dvc", "exp", "run"], cwd=repo, capture_output=True, text=True, timeout=180,
                          env={"PATH": path, "DVC_NO_ANALYTICS": "1", "HOME": str(tmp_path)})
    assert done.returncode != 0 and "Empty git repo" in done.stderr + done.stdout, done.stderr
