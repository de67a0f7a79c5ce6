"""The lender's repository in miniature, built for real, and the faults a CI workflow must catch.

`build_lender_repo` makes a git + DVC repository from `modules/m06_automation/lender_repo/` and
the toy pipeline of module 02: 600 real applications tracked by DVC, the pipeline reproduced, data
and outputs pushed to a remote folder inside the repository, everything committed on `main`. `plant_fault`
copies it and commits one fault on a branch `change`, the way a pull request would bring it.
Module 06's graded CI test, its lesson example and `benchmarks/ci_pipeline.py` all use these.
"""

import csv
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from puente.errors import PuenteError

TEMPLATE = Path("modules/m06_automation/lender_repo")
TOY_PIPELINE = Path("modules/m02_dvc/examples/toy_pipeline")
TOY_SCRIPTS = ("prepare.py", "train.py", "evaluate.py")
ROWS = 600


def dvc_site_cache() -> str:
    """DVC's site cache under the temporary folder: a grading sandbox may not let it write /var/tmp."""
    return os.environ.get("DVC_SITE_CACHE_DIR") or str(Path(tempfile.gettempdir()) / "puente-dvc-site-cache")


def offline_ci_env() -> dict[str, str]:
    """What a local CI run adds to the environment: installers find everything installed or fail, never download."""
    return {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": "", "UV_OFFLINE": "1", "DVC_NO_ANALYTICS": "1", "DVC_SITE_CACHE_DIR": dvc_site_cache()}


def tool_env() -> dict[str, str]:
    """The course's venv first on PATH, DVC analytics off, a git identity, no prompts."""
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "DVC_NO_ANALYTICS": "1", "DVC_SITE_CACHE_DIR": dvc_site_cache(), "GIT_TERMINAL_PROMPT": "0",
            "GIT_AUTHOR_NAME": "Ana", "GIT_AUTHOR_EMAIL": "ana@lender.example",
            "GIT_COMMITTER_NAME": "Ana", "GIT_COMMITTER_EMAIL": "ana@lender.example"}


def run(repo: Path, *command: str) -> str:
    done = subprocess.run(command, cwd=repo, env=tool_env(), capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise PuenteError(f"`{' '.join(command)}` failed in {repo}:\n{done.stdout}{done.stderr}", "run it by hand there to see why")
    return done.stdout


def write_applications(credit_data: Path, destination: Path, first: int, last: int) -> None:
    with credit_data.open(newline="") as file:
        rows = list(csv.reader(file))
    destination.parent.mkdir(parents=True, exist_ok=True)
    with destination.open("w", newline="") as file:
        csv.writer(file).writerows([rows[0], *rows[1 + first:1 + last]])


def build_lender_repo(course_root: Path, folder: Path) -> Path:
    """A committed repository on `main`: package, tests, pipeline reproduced, data pushed to `dvc-remote/`."""
    shutil.copytree(course_root / TEMPLATE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in TOY_SCRIPTS:
        shutil.copy2(course_root / TOY_PIPELINE / name, folder / name)
    write_applications(course_root / "data" / "credit_data.csv", folder / "data" / "applications.csv", 0, ROWS)
    run(folder, "git", "init", "--quiet", "--initial-branch", "main")
    run(folder, "dvc", "init", "--quiet")
    run(folder, "dvc", "config", "core.analytics", "false")
    run(folder, "dvc", "remote", "add", "--default", "storage", "dvc-remote")
    run(folder, "dvc", "add", "--quiet", "data/applications.csv")
    run(folder, "dvc", "repro", "--quiet")
    run(folder, "dvc", "push", "--quiet")  # the data and the pipeline's outputs, as a team that shares its cache does
    run(folder, "git", "add", "--all")
    run(folder, "git", "commit", "--quiet", "-m", "The lender's repository")
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise PuenteError(f"cannot plant a fault: `{old}` is not in {path}", "the lender repository changed; update puente.lender_repo")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _failing_unit_test(repo: Path, course_root: Path) -> None:
    _edit(repo / "src/lender_ci/features.py", "if age <= 25:", "if age < 25:")


def _lint_error(repo: Path, course_root: Path) -> None:
    _edit(repo / "src/lender_ci/features.py", '"""Features the lender\'s scorecard reads from an application."""\n',
          '"""Features the lender\'s scorecard reads from an application."""\n\nimport os\n')


def _metric_below_gate(repo: Path, course_root: Path) -> None:
    """A training bug that passes every unit test: the rates are flipped, so bad credits rank below good ones."""
    _edit(repo / "train.py", "rates[value] = (bad + smoothing * overall)", "rates[value] = 1 - (bad + smoothing * overall)")
    run(repo, "dvc", "repro", "--quiet")
    run(repo, "dvc", "push", "--quiet")


def _stale_dvc_lock(repo: Path, course_root: Path) -> None:
    write_applications(course_root / "data" / "credit_data.csv", repo / "data" / "applications.csv", 100, 100 + ROWS)
    run(repo, "dvc", "add", "--quiet", "data/applications.csv")
    run(repo, "dvc", "push", "--quiet")


FAULTS: dict[str, tuple[str, str, Callable[[Path, Path], None]]] = {
    "failing_unit_test": ("a change that breaks a unit test (age 25 moves to the wrong band)",
                          "un cambio que rompe una prueba unitaria (la edad 25 cambia de franja)", _failing_unit_test),
    "lint_error": ("an unused import (ruff: F401)", "un import sin usar (ruff: F401)", _lint_error),
    "metric_below_gate": ("a training bug whose model's AUC drops below the gate in params.yaml, with its dvc.lock up to date",
                          "un error de entrenamiento cuyo modelo tiene un AUC por debajo de la compuerta de params.yaml, con su dvc.lock al día", _metric_below_gate),
    "stale_dvc_lock": ("new data committed without rerunning the pipeline (dvc.lock is stale)",
                       "datos nuevos guardados sin volver a correr el pipeline (dvc.lock quedó viejo)", _stale_dvc_lock),
}


def plant_fault(clean: Path, folder: Path, fault: str, course_root: Path) -> Path:
    """A copy of the clean repository with `fault` committed on the branch `change` (main stays clean)."""
    shutil.copytree(clean, folder, symlinks=True)
    run(folder, "git", "checkout", "--quiet", "-b", "change")
    FAULTS[fault][2](folder, course_root)
    run(folder, "git", "add", "--all")
    run(folder, "git", "commit", "--quiet", "-m", f"A change with a fault: {fault}")
    return folder


def fresh_clone(repo: Path, folder: Path) -> Path:
    """What a CI checkout gets: the committed files only, no DVC cache, no pipeline outputs."""
    run(repo.parent, "git", "clone", "--quiet", "--no-hardlinks", str(repo), str(folder))
    branch = run(repo, "git", "rev-parse", "--abbrev-ref", "HEAD").strip()
    run(folder, "git", "checkout", "--quiet", branch)
    if branch != "main":
        run(folder, "git", "branch", "--quiet", "main", "origin/main")
    return folder
