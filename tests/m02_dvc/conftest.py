"""Fixtures of module 02: real git + DVC repositories built around the learner's file.

Each test file builds one repository (module scope, so the slow DVC work runs once per exercise),
runs the learner's script, pipeline or function in it, and its tests check what DVC left behind.
"""

import csv
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from puente.i18n import say
from puente.learner_errors import short_traceback

MODULE = "m02_dvc"
TOY_FILES = ("prepare.py", "train.py", "evaluate.py", "params.yaml")


def tool_env(**extra: str) -> dict[str, str]:
    """The course's venv first on PATH (so `dvc` and `python` are the course's), analytics off.

    DVC's site cache goes under the temporary folder: a grading sandbox may not let it write /var/tmp.
    """
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    site_cache = os.environ.get("DVC_SITE_CACHE_DIR") or str(Path(tempfile.gettempdir()) / "puente-dvc-site-cache")
    return {**os.environ, "PATH": path, "DVC_NO_ANALYTICS": "1", "DVC_SITE_CACHE_DIR": site_cache,
            "GIT_TERMINAL_PROMPT": "0", **extra}


def run(*command: str, cwd: Path, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a real command; a failure shows its output, which is what the learner needs to read (a traceback cut to its end)."""
    done = subprocess.run(command, cwd=cwd, env=env or tool_env(), capture_output=True, text=True, timeout=180)
    if check and done.returncode != 0:
        pytest.fail(say(en="`{command}` failed (exit {code}):\n{output}", es="`{command}` falló (código de salida {code}):\n{output}",
                        command=" ".join(command), code=done.returncode, output=short_traceback(done.stdout + done.stderr)), pytrace=False)
    return done


def stages_run(output: str) -> set[str]:
    """Names of the stages `dvc repro` or `dvc exp run` actually ran (it prints "Running stage 'x':")."""
    return {line.split("'")[1] for line in output.splitlines() if line.startswith("Running stage '")}


def md5_of(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def committed_files(repo: Path) -> list[str]:
    return run("git", "ls-tree", "-r", "--name-only", "HEAD", cwd=repo).stdout.split()


def write_applications(source: Path, destination: Path, first: int, last: int) -> None:
    """Rows first..last-1 of the course data: a small, real table that keeps DVC runs fast."""
    with source.open(newline="") as file:
        rows = list(csv.reader(file))
    destination.parent.mkdir(parents=True, exist_ok=True)
    with destination.open("w", newline="") as file:
        csv.writer(file).writerows([rows[0], *rows[1 + first:1 + last]])


def init_repo(folder: Path) -> Path:
    """`git init` + `dvc init`, committed, with a git identity of its own."""
    run("git", "init", "--quiet", "--initial-branch", "main", cwd=folder)
    run("git", "config", "user.name", "Puente Tests", cwd=folder)
    run("git", "config", "user.email", "tests@puente.invalid", cwd=folder)
    run("dvc", "init", "--quiet", cwd=folder)
    run("git", "commit", "--quiet", "-m", "Initialize DVC", cwd=folder)
    return folder


def new_repo(template: Path, folder: Path, learner_file: Path, installed_as: str | None = None) -> Path:
    """A copy of the session's freshly initialized repository, with the learner's file copied in."""
    if not learner_file.is_file():
        pytest.fail(say(en="{name} is missing from {folder}: `puente reset` brings the stub back",
                        es="falta {name} en {folder}: `puente reset` trae de vuelta la versión inicial", name=learner_file.name, folder=learner_file.parent), pytrace=False)

    shutil.copytree(template, folder, symlinks=True, dirs_exist_ok=True)
    shutil.copy2(learner_file, folder / (installed_as or learner_file.name))
    return folder


def add_toy_pipeline(repo: Path, course_root: Path, credit_data: Path) -> None:
    """The lesson's toy pipeline scripts, their params.yaml and 600 real applications."""
    for name in TOY_FILES:
        shutil.copy2(course_root / "modules" / MODULE / "examples" / "toy_pipeline" / name, repo / name)
    write_applications(credit_data, repo / "data" / "applications.csv", 0, 600)


class Tools:
    """The helpers above, handed to tests as the `tools` fixture (test files cannot import conftest)."""

    env = staticmethod(tool_env)
    run = staticmethod(run)
    stages_run = staticmethod(stages_run)
    md5_of = staticmethod(md5_of)
    committed_files = staticmethod(committed_files)
    write_applications = staticmethod(write_applications)
    new_repo = staticmethod(new_repo)
    add_toy_pipeline = staticmethod(add_toy_pipeline)


@pytest.fixture(scope="session")
def tools() -> Tools:
    return Tools()


@pytest.fixture(scope="session")
def template_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `git init` + `dvc init` per session; each exercise gets a copy (DVC's start-up is the slow part)."""
    return init_repo(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="module")
def learner_file(request: pytest.FixtureRequest, target_dir: Path) -> Path:
    """The file the learner edits for this test file's exercise (named by the module's FILE)."""
    return target_dir / MODULE / request.module.FILE
