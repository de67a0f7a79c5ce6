"""Run an exercise's graded tests in this process, the way `pytest` would, and hand back the results.

In-process on purpose: `puente check` must cost no more than plain pytest (benchmarks/check_latency.py),
and `puente watch` forks a warm process for each re-check.
"""

import contextlib
import io
import signal
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from puente.pytest_plugin import RECORDER
from puente.results import TestResult

# Plugins a learner's check never needs: parallel runs, anyio's async tests, and the unraisable-exception
# hook, whose full garbage collections cost seconds with pandas loaded. Graded tests must not rely on them.
LEAN = ["-p", "no:xdist", "-p", "no:xdist.looponfail", "-p", "no:anyio", "-p", "no:platformdirs", "-p", "no:unraisableexception"]
FINISHED = (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED, pytest.ExitCode.NO_TESTS_COLLECTED)


@dataclass
class CheckRun:
    results: list[TestResult]
    output: str
    exit_code: int
    interrupted: bool = False
    collection_errors: dict[str, str] = field(default_factory=dict)  # test file -> pytest's explanation

    @property
    def finished(self) -> bool:
        """Only a run that ended on its own, without Ctrl+C or a crash, may be recorded."""
        return not self.interrupted and self.exit_code in FINISHED


class _ResultGrabber:
    """Reads the plugin's recorder at the end of the session, and notes how the session ended."""

    def __init__(self) -> None:
        self.results: list[TestResult] = []
        self.interrupted = False
        self.collection_errors: dict[str, str] = {}

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.collection_errors[report.nodeid] = report.longreprtext

    def pytest_keyboard_interrupt(self) -> None:
        self.interrupted = True

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.session = session

    def on_ctrl_c(self, signum: int, frame: object) -> None:
        """Ctrl+C is noted here, not only where pytest sees KeyboardInterrupt: a library may swallow that
        (nbclient turns it into a dead kernel and the run goes on), and the run must still stop unrecorded."""
        self.interrupted = True
        if getattr(self, "session", None) is not None:
            self.session.shouldstop = "interrupted"
        raise KeyboardInterrupt

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        recorder = session.config.pluginmanager.get_plugin(RECORDER)
        self.results = list(recorder.results.values()) if recorder else []


@contextlib.contextmanager
def _ctrl_c_to(grabber: _ResultGrabber):
    """SIGINT goes to the grabber for the run (signal handlers exist only in the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, grabber.on_ctrl_c)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_check(root: Path, test_files: list[str], target: str = "exercises", plugins: list | None = None) -> CheckRun:
    """Run the given test files against `target`; return the results, pytest's own output and how it ended."""
    grabber = _ResultGrabber()
    output = io.StringIO()
    args = [*test_files, f"--target={target}", f"--rootdir={root}", "-q", "--tb=short", "-p", "no:warnings", "--continue-on-collection-errors"]
    args += LEAN
    with contextlib.chdir(root), contextlib.redirect_stdout(output), contextlib.redirect_stderr(output), _ctrl_c_to(grabber):
        code = pytest.main(args, plugins=[grabber, *(plugins or [])])
    return CheckRun(grabber.results, output.getvalue(), int(code), grabber.interrupted, grabber.collection_errors)


def run_tests(root: Path, test_files: list[str], target: str = "exercises") -> tuple[list[TestResult], str]:
    """Run the given test files against `target`; return the results and pytest's own output (for errors)."""
    run = run_check(root, test_files, target)
    return run.results, run.output
