import pytest
import yaml

pytestmark = pytest.mark.slow  # real git + DVC repositories


def test_two_experiments_compared_and_the_better_one_committed(shell, credit_data_path, tmp_path):
    repo = shell.toy_repo(tmp_path / "repo", credit_data_path)
    output = shell.script("experiments.sh", repo)
    assert "by_home" in output and "by_marital" in output, output
    assert yaml.safe_load((repo / "params.yaml").read_text())["train"]["feature"] == "home"
    assert shell.run("git", "log", "-1", "--format=%s", cwd=repo).strip() == "Score applicants by home: AUC up"
    assert shell.run("git", "status", "--porcelain", "--untracked-files=no", cwd=repo) == ""
