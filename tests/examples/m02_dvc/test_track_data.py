import hashlib

import pytest
import yaml

pytestmark = pytest.mark.slow  # real git + DVC repositories


def test_track_data_tracks_commits_and_pushes(shell, applications, tmp_path):
    repo = shell.git_repo(tmp_path / "repo")
    applications(repo / "data" / "applications.csv", 200)
    shell.script("track_data.sh", repo, REMOTE_DIR=str(tmp_path / "storage"))
    md5 = hashlib.md5((repo / "data" / "applications.csv").read_bytes()).hexdigest()
    assert yaml.safe_load((repo / "data" / "applications.csv.dvc").read_text())["outs"][0]["md5"] == md5
    assert (tmp_path / "storage" / "files" / "md5" / md5[:2] / md5[2:]).is_file()
    log = shell.run("git", "log", "--format=%s", cwd=repo).splitlines()
    assert log == ["Share data through the team's storage", "Track the applications with DVC", "Initialize DVC"]
