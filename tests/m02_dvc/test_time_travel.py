from pathlib import Path

import pytest
import yaml

from puente.i18n import say

pytestmark = pytest.mark.slow  # real git + DVC repositories

FILE = "time_travel.sh"
DATA = "data/applications.csv"


def commit_month(repo: Path, tools, credit_data: Path, rows: int, month: str) -> str:
    """Write this month's applications, `dvc add` them, commit and tag; return the content's md5."""
    tools.write_applications(credit_data, repo / DATA, 0, rows)
    tools.run("dvc", "add", "--quiet", DATA, cwd=repo)
    tools.run("git", "add", f"{DATA}.dvc", "data/.gitignore", cwd=repo)
    tools.run("git", "commit", "--quiet", "-m", f"Applications up to {month}", cwd=repo)
    tools.run("git", "tag", month, cwd=repo)
    return tools.md5_of(repo / DATA)


@pytest.fixture(scope="module")
def history(tmp_path_factory, template_repo, learner_file, credit_data_path, tools) -> dict:
    """October (300 applications) then November (450), both committed; then the learner's script runs."""
    repo = tools.new_repo(template_repo, tmp_path_factory.mktemp("repo"), learner_file)
    october = commit_month(repo, tools, credit_data_path, 300, "2026-10")
    november = commit_month(repo, tools, credit_data_path, 450, "2026-11")
    tools.run("bash", FILE, cwd=repo)
    return {"repo": repo, "october": october, "november": november}


def test_the_data_is_octobers_again(history, tools):
    restored = tools.md5_of(history["repo"] / DATA)
    assert restored != history["november"], say(en="{data} still holds November's version: restore October's", es="{data} todavía tiene la versión de noviembre: restaure la de octubre", data=DATA)
    assert restored == history["october"], say(en="{data} must hold October's content (md5 {md5}), it has {restored}",
                                            es="{data} debe tener el contenido de octubre (md5 {md5}); tiene {restored}", data=DATA, md5=history["october"], restored=restored)


def test_the_pointer_and_the_data_agree(history, tools):
    pointer = yaml.safe_load((history["repo"] / f"{DATA}.dvc").read_text())["outs"][0]["md5"]
    assert pointer == history["october"], say(en="{data}.dvc must point at October's md5 {md5}: take it from the tag 2026-10",
                                           es="{data}.dvc debe apuntar al md5 de octubre, {md5}: tómelo de la etiqueta 2026-10", data=DATA, md5=history["october"])
    status = tools.run("dvc", "status", f"{DATA}.dvc", cwd=history["repo"]).stdout
    assert "up to date" in status, say(en="`dvc status` must find the data and its .dvc file in agreement, it says:\n{status}",
                                      es="`dvc status` debe encontrar de acuerdo los datos y su archivo .dvc; dice:\n{status}", status=status)

