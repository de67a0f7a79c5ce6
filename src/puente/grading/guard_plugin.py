"""The pytest plugin that runs inside the sandbox: signed results, per-test timeouts, tamper checks.

Loaded with `-p puente.grading.guard_plugin` next to `puente.pytest_plugin`; inert unless the
grader hands it a key. It records what pytest itself saw, signs each result, and marks every
result that ran after the submission replaced a builtin or a piece of pytest.
"""

import builtins
import faulthandler
import os
import signal

import pytest

from puente.grading.report_channel import GUARD_ENV, KEY_BYTES, signed_line, signer
from puente.pytest_plugin import short_message


class TestTimeout(Exception):
    __test__ = False


def pytest_configure(config: pytest.Config) -> None:
    spec = os.environ.pop(GUARD_ENV, "")
    if not spec:
        return
    key_fd, report_fd, timeout = spec.split(":")
    key = os.read(int(key_fd), KEY_BYTES)
    os.close(int(key_fd))
    stream = os.fdopen(int(report_fd), "w", buffering=1, encoding="utf-8")
    config.pluginmanager.register(Guard(signer(key), stream, float(timeout)), "puente-guard")


WATCHED_HOOKS = ("pytest_runtest_protocol", "pytest_runtest_setup", "pytest_runtest_call", "pytest_runtest_teardown",
                 "pytest_pyfunc_call", "pytest_runtest_makereport", "pytest_runtest_logreport",
                 "pytest_report_teststatus", "pytest_collection_modifyitems", "pytest_collectreport")
WATCHED_MODULES = ("_pytest.runner", "_pytest.reports", "_pytest.python", "_pytest.approx", "_pytest.python_api",
                   "_pytest.outcomes", "_pytest.assertion.util", "pytest")
WATCHED_CLASSES = ("_pytest.reports.TestReport", "_pytest.reports.BaseReport", "_pytest.runner.CallInfo",
                   "_pytest.python.Function", "_pytest.approx.ApproxScalar", "_pytest.approx.ApproxBase",
                   "_pytest.python_api.ApproxScalar", "_pytest.python_api.ApproxBase")


def _watched() -> dict[str, object]:
    """The objects a cheat would replace: every builtin, pytest's runner, reports, approx, and this guard."""
    import importlib
    import sys

    watched: dict[str, object] = {f"builtins.{name}": value for name, value in vars(builtins).items()}
    for module_name in WATCHED_MODULES:
        module = sys.modules.get(module_name) or _try_import(importlib, module_name)
        for name, value in vars(module).items() if module else ():
            if callable(value) and not name.startswith("__"):
                watched[f"{module_name}.{name}"] = value
    for path in WATCHED_CLASSES:
        module_name, _, class_name = path.rpartition(".")
        cls = getattr(sys.modules.get(module_name), class_name, None)
        for name, value in vars(cls).items() if cls else ():
            watched[f"{path}.{name}"] = value
    watched.update({f"Guard.{name}": value for name, value in vars(Guard).items()})
    return watched


def _try_import(importlib, name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


class Guard:
    def __init__(self, template, stream, timeout: float) -> None:
        self.template = template
        self.stream = stream
        self.timeout = timeout
        self.snapshot: dict[str, int] = {}
        self.hooks: set[int] = set()
        self.trusted_tests = ""
        self.config: pytest.Config | None = None
        self.current: dict[str, dict] = {}
        self.sent = 0

    def emit(self, record: dict) -> None:
        self.sent += 1
        record["seq"] = self.sent
        self.stream.write(signed_line(self.template, record))

    # --- tamper checks ---------------------------------------------------------------------

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection(self, session: pytest.Session) -> None:
        """Before the first test module (and so the submission) is imported."""
        self.config = session.config
        self.trusted_tests = str(session.config.rootpath / "tests") + os.sep
        self.snapshot = {name: id(value) for name, value in _watched().items()}
        self.hooks = {id(impl.function) for impl in self._hook_impls()}

    def _hook_impls(self) -> list:
        hook = self.config.hook
        return [impl for name in WATCHED_HOOKS for impl in getattr(hook, name).get_hookimpls()]

    def tampered(self) -> list[str]:
        """Replaced objects, and hook implementations added since by code outside the trusted tests."""
        now = _watched()
        changed = [name for name, value in now.items() if self.snapshot.get(name, id(value)) != id(value)]
        changed += [name for name in self.snapshot if name not in now]
        for impl in self._hook_impls():
            if id(impl.function) in self.hooks:
                continue
            code = getattr(impl.function, "__code__", None)
            if code is None or not code.co_filename.startswith(self.trusted_tests):
                changed.append(f"hook {impl.function.__name__}")
        return sorted(set(changed))[:10]

    # --- results ---------------------------------------------------------------------------

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.emit({"kind": "collect-error", "nodeid": report.nodeid, "message": short_message(report)})

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item):
        """The hard stop: if even the soft timeout is swallowed, the interpreter exits."""
        faulthandler.dump_traceback_later(self.timeout * 2 + 5, exit=True)
        try:
            return (yield)
        finally:
            faulthandler.cancel_dump_traceback_later()

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item):
        """The soft stop: a test running longer than the timeout fails with a clear message."""

        def expire(signum, frame):
            raise TestTimeout(f"this test ran longer than {self.timeout:g} s (an endless loop?)")

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, self.timeout)
        try:
            return (yield)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        state = self.current.setdefault(report.nodeid, {"outcome": "passed", "message": "", "duration": 0.0})
        state["duration"] += report.duration
        if report.failed and state["outcome"] == "passed":
            state["outcome"] = "failed" if report.when == "call" else "error"
            state["message"] = short_message(report)
        elif report.skipped and state["outcome"] == "passed":
            state["outcome"] = "skipped"
        if report.when == "teardown":
            state = self.current.pop(report.nodeid)
            self.emit({"kind": "test", "nodeid": report.nodeid, "tampered": self.tampered(), **state})

    def pytest_sessionfinish(self) -> None:
        self.emit({"kind": "end", "tampered": self.tampered()})
        self.stream.flush()
