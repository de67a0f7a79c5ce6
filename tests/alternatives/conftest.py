"""Graded tests must accept every correct answer the lesson allows, not only the reference solution.

Each test here writes a plausible correct alternative into a copy of solutions/ and runs one graded
test file against that copy, for real (`pytest --target COPY`, in its own process), then reads each
test's outcome from the plugin's report.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from puente.results import read_results


def run_graded(course_root: Path, test_file: str, target: Path, report_dir: Path) -> dict[str, str]:
    """{test name: outcome} of one graded test file run with `--target target`."""
    report = report_dir / "report.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
    command = [sys.executable, "-m", "pytest", test_file, f"--target={target}", f"--puente-report={report}", "-q", "-p", "no:randomly"]
    done = subprocess.run(command, cwd=course_root, env={**env, "PUENTE_ROOT": str(course_root)}, capture_output=True, text=True, timeout=900)
    assert report.is_file(), f"pytest did not finish:\n{done.stdout[-3000:]}{done.stderr[-2000:]}"
    return {result.name: result.outcome + (f": {result.message}" if result.message else "") for result in read_results(report)}


@pytest.fixture
def alternative(course_root: Path, tmp_path: Path):
    """`alternative(module, {relative path: new text})`: a copy of solutions/ with those files replaced."""

    def make(module: str, files: dict[str, str]) -> Path:
        target = Path(tempfile.mkdtemp(prefix="alternative-", dir=tmp_path))
        shutil.copytree(course_root / "solutions", target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "dist", "build"))
        for relative, text in files.items():
            (target / module / relative).write_text(text, encoding="utf-8")
        return target

    return make


@pytest.fixture
def graded(course_root: Path, tmp_path: Path):
    """`graded(test_file, target)`: run that graded test file against the target tree."""
    return lambda test_file, target: run_graded(course_root, test_file, target, tmp_path)
