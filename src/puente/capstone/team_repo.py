"""A team's capstone repository as the rubric sees it: a clean copy, its declarations, its commands.

The team declares in `capstone.toml` how the course starts its service, tracks, monitors and tests
(argument lists with `{port}`, `{current}`, `{out}` to fill in). The rubric never trusts what the
team left in the folder: `clean_copy` keeps only what a clone would hold (no model, no MLflow store,
no DVC cache), commits it, points DVC at the course's remote folder and pulls the data, offline.
"""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from puente.lender_repo import tool_env

CONFIG = "capstone.toml"
TEAM_FOLDER = "team"
"""The repository inside exercises/m08_capstone/ (the starter) and solutions/m08_capstone/ (the reference)."""
NOT_A_CLONE = (".git", "__pycache__", ".pytest_cache", "models", "mlflow.db", "mlruns", "mutants", "cache", "tmp",
               "config.local", "wa_churn.csv", "drift.json", "dvc.lock")
"""What a clean copy leaves behind: outputs the pipeline or a command must rebuild, and local state."""
COMMAND_LIMIT = 900


def read_config(repo: Path) -> dict:
    """capstone.toml as a dict ({} when it is missing or not valid TOML: every rubric item then says so)."""
    try:
        return tomllib.loads((repo / CONFIG).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def command(config: dict, section: str, **fill: str) -> list[str]:
    """The team's command for `section`, placeholders filled, "python" as the course's interpreter ([] if none)."""
    words = config.get(section, {}).get("command", [])
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        return []
    filled = [word.format(**fill) if "{" in word else word for word in words]
    return [sys.executable if i == 0 and word == "python" else word for i, word in enumerate(filled)]


def env() -> dict[str, str]:
    """The tools' environment: the course's venv first on PATH, telemetry off, none of the grader's own settings.

    The team's code imports from its own folder (no PYTHONPATH of the grader's), and its tests run
    with the plugins they ask for, not the course's.
    """
    own = {key: value for key, value in tool_env().items() if key != "PYTHONPATH" and not key.startswith(("PUENTE_", "PYTEST_"))}
    return {**own, "MLFLOW_DISABLE_TELEMETRY": "true", "DO_NOT_TRACK": "1", "PYTHONDONTWRITEBYTECODE": "1"}


def run(repo: Path, words: list[str], timeout: float = COMMAND_LIMIT) -> subprocess.CompletedProcess:
    """Run one command in the repository; a missing program or a timeout becomes a failed run, not a crash."""
    try:
        return subprocess.run(words, cwd=repo, env=env(), capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as error:
        return subprocess.CompletedProcess(words, 127, "", str(error))


def link_course_remote(repo: Path, course_root: Path) -> None:
    """Point the repository's DVC at the course's remote folder, in .dvc/config.local (never in its history).

    Written by hand, in UTF-8: `dvc remote add` cannot write a path with an accent (DVC 3.67's
    configobj encodes as ASCII), and a course cloned under "año 2026" has one.
    """
    url = (course_root / "dvc-remote").resolve().as_posix()
    (repo / ".dvc" / "config.local").write_text(f"[core]\n    remote = course\n['remote \"course\"']\n    url = {url}\n", encoding="utf-8")


def clean_copy(source: Path, folder: Path, course_root: Path) -> Path:
    """Copy the team's repository as a clone would get it, commit it, and pull its data from the course remote."""
    shutil.copytree(source, folder, symlinks=False, ignore=shutil.ignore_patterns(*NOT_A_CLONE))
    for words in (["git", "init", "--quiet"], ["git", "add", "--all"], ["git", "commit", "--quiet", "--allow-empty", "-m", "The team's hand-in"]):
        run(folder, words)
    link_course_remote(folder, course_root)
    run(folder, ["dvc", "pull", "--quiet", "data/wa_churn.csv.dvc"])
    return folder


def head_commit(repo: Path) -> str:
    return run(repo, ["git", "rev-parse", "HEAD"]).stdout.strip()


def tail(done: subprocess.CompletedProcess, characters: int = 1500) -> str:
    """The end of a command's output, for a failure message."""
    return (done.stdout + done.stderr)[-characters:].strip() or f"(exit code {done.returncode}, no output)"

