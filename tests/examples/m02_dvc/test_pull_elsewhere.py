import pytest

pytestmark = pytest.mark.slow  # real git + DVC repositories


def test_a_colleague_gets_the_same_bytes(shell, applications, tmp_path):
    repo = shell.git_repo(tmp_path / "repo")
    applications(repo / "data" / "applications.csv", 200)
    shell.script("track_data.sh", repo, REMOTE_DIR=str(tmp_path / "storage"))
    output = shell.script("pull_elsewhere.sh", tmp_path, REPO_URL=str(repo))
    pulled = tmp_path / "colleague" / "data" / "applications.csv"
    assert pulled.read_bytes() == (repo / "data" / "applications.csv").read_bytes()
    assert "Data and pipelines are up to date." in output
