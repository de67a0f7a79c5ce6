"""Fixtures for the tests of module 02's examples: real git + DVC repositories to run them in."""

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TOY_FILES = ("prepare.py", "train.py", "evaluate.py", "params.yaml")


class Shell:
    """Runs the lesson's scripts and commands with the course's venv first on PATH."""

    def __init__(self, course_root: Path, template: Path | None = None) -> None:
        self.template = template
        self.examples = course_root / "modules" / "m02_dvc" / "examples"
        self.toy_dvc_yaml = course_root / "tests" / "m02_dvc" / "toy_dvc.yaml"

    def run(self, *command: str, cwd: Path, **env: str) -> str:
        path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
        full_env = {**os.environ, "PATH": path, "DVC_NO_ANALYTICS": "1", "GIT_AUTHOR_NAME": "Ana", "GIT_AUTHOR_EMAIL": "ana@lender.example",
                    "GIT_COMMITTER_NAME": "Ana", "GIT_COMMITTER_EMAIL": "ana@lender.example", **env}
        done = subprocess.run(command, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}"
        return done.stdout

    def script(self, name: str, cwd: Path, **env: str) -> str:
        return self.run("bash", str(self.examples / name), cwd=cwd, **env)

    def git_repo(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        self.run("git", "init", "--quiet", "--initial-branch", "main", cwd=folder)
        return folder

    def dvc_repo(self, folder: Path) -> Path:
        """`git init` + `dvc init`, committed; copied from the session's template when there is one."""
        if self.template is not None:
            shutil.copytree(self.template, folder, symlinks=True)
            return folder
        self.git_repo(folder)
        self.run("dvc", "init", "--quiet", cwd=folder)
        self.run("git", "commit", "--quiet", "-m", "Initialize DVC", cwd=folder)
        return folder

    def toy_repo(self, folder: Path, credit_data: Path) -> Path:
        """A committed repository holding the toy pipeline, already reproduced."""
        self.dvc_repo(folder)
        for name in TOY_FILES:
            shutil.copy2(self.examples / "toy_pipeline" / name, folder / name)
        shutil.copy2(self.toy_dvc_yaml, folder / "dvc.yaml")
        write_applications(credit_data, folder / "data" / "applications.csv", 600)
        self.run("dvc", "repro", "--quiet", cwd=folder)
        self.run("git", "add", "--all", cwd=folder)
        self.run("git", "commit", "--quiet", "-m", "The toy pipeline", cwd=folder)
        return folder


def write_applications(source: Path, destination: Path, rows: int) -> None:
    with source.open(newline="") as file:
        lines = list(csv.reader(file))[: rows + 1]
    destination.parent.mkdir(parents=True, exist_ok=True)
    with destination.open("w", newline="") as file:
        csv.writer(file).writerows(lines)


@pytest.fixture(scope="session")
def template_repo(course_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real `git init` + `dvc init` per session (DVC's start-up is the slow part); tests copy it."""
    return Shell(course_root).dvc_repo(tmp_path_factory.mktemp("template") / "repo")


@pytest.fixture
def shell(course_root: Path, template_repo: Path) -> Shell:
    return Shell(course_root, template_repo)


@pytest.fixture
def applications(credit_data_path: Path):
    """Write the first `rows` applications of the course data to a path."""
    return lambda destination, rows: write_applications(credit_data_path, destination, rows)
