import pytest

pytestmark = pytest.mark.slow  # real git + DVC repositories


def test_four_kinds_of_remote_and_no_secret_in_git(shell, tmp_path):
    repo = shell.dvc_repo(tmp_path / "repo")
    output = shell.script("remotes.sh", repo, MINIO_ACCESS_KEY_ID="key-id", MINIO_SECRET_ACCESS_KEY="not-a-real-secret")
    listed = [line.split() for line in output.splitlines() if "://" in line]
    assert listed == [
        ["storage", "s3://lender-ml/dvc", "(default)"],
        ["gcs", "gs://lender-ml/dvc"],
        ["ssh", "ssh://ml@files.lender.example/srv/dvc"],
        ["minio", "s3://dvc"],
    ]
    shared = (repo / ".dvc" / "config").read_text()
    assert "endpointurl = http://minio.lender.example:9000" in shared
    assert "not-a-real-secret" not in shared
    assert "secret_access_key = not-a-real-secret" in (repo / ".dvc" / "config.local").read_text()
    assert shell.run("git", "check-ignore", ".dvc/config.local", cwd=repo).strip() == ".dvc/config.local"
