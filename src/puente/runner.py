"""Run an exercise's graded tests in this process, the way `pytest` would, and hand back the results.

In-process on purpose: `puente check` must cost no more than plain pytest (benchmarks/check_latency.py).
"""

import contextlib
import io
from pathlib import Path

import pytest

from puente.pytest_plugin import RECORDER
from puente.results import TestResult


class _ResultGrabber:
    """Reads the plugin's recorder at the end of the session."""

    def __init__(self) -> None:
        self.results: list[TestResult] = []

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        recorder = session.config.pluginmanager.get_plugin(RECORDER)
        self.results = list(recorder.results.values()) if recorder else []


def run_tests(root: Path, test_files: list[str], target: str = "exercises") -> tuple[list[TestResult], str]:
    """Run the given test files against `target`; return the results and pytest's own output (for errors)."""
    grabber = _ResultGrabber()
    output = io.StringIO()
    args = [*test_files, f"--target={target}", f"--rootdir={root}", "-q", "--tb=short", "-p", "no:warnings"]
    with contextlib.chdir(root), contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        pytest.main(args, plugins=[grabber])
    return grabber.results, output.getvalue()
