"""The lesson's two commands, run for real: a team's repository next to the course, its data pulled offline."""

import os
import subprocess
from pathlib import Path

import pytest

from puente.capstone.churn_data import TABLE
from puente.data_check import md5_of
from puente.lender_repo import tool_env

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def test_new_team_renders_the_starter_and_pulls_the_data(course_root: Path, tmp_path: Path):
    work = tmp_path / "Mis cursos" / "curso"
    work.mkdir(parents=True)
    (work / ".venv").symlink_to(course_root / ".venv")
    env = {**tool_env(), "PUENTE_ROOT": str(course_root)}
    done = subprocess.run(["bash", str(course_root / "modules/m08_capstone/examples/new_team.sh")], cwd=work, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    team = work.parent / "Equipo Cóndor"
    assert sorted(p.name for p in team.iterdir() if p.name != ".git") == [
        ".dvc", ".dvcignore", ".github", ".gitignore", "MODEL_CARD.md", "Makefile", "README.es.md", "README.md",
        "TEAM.md", "brief", "capstone.toml", "data", "dvc.yaml", "params.yaml", "tests"]
    assert 'name = "Equipo Cóndor"' in (team / "capstone.toml").read_text(encoding="utf-8")
    assert md5_of(team / "data" / TABLE) == md5_of(course_root / "churn" / TABLE)
    assert os.path.isdir(team / ".git")
