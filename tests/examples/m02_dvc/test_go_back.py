import hashlib
import re

import pytest

pytestmark = pytest.mark.slow  # real git + DVC repositories


def test_go_back_shows_the_old_data_then_the_new(shell, applications, tmp_path):
    repo = shell.dvc_repo(tmp_path / "repo")
    data = repo / "data" / "applications.csv"
    md5s = []
    for rows in (100, 150):
        applications(data, rows)
        md5s.append(hashlib.md5(data.read_bytes()).hexdigest())
        shell.run("dvc", "add", "--quiet", "data/applications.csv", cwd=repo)
        shell.run("git", "add", "data", cwd=repo)
        shell.run("git", "commit", "--quiet", "-m", f"{rows} applications", cwd=repo)
    output = shell.script("go_back.sh", repo, REV="HEAD~1")
    sums = re.findall(r"^([0-9a-f]{32})  data/applications.csv$", output, flags=re.MULTILINE)
    assert sums == md5s, "first the older version, then back to the newest"
    assert hashlib.md5(data.read_bytes()).hexdigest() == md5s[1]
