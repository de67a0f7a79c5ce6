"""The pytest plugin that runs inside the sandbox: signed results, per-test limits, tamper checks.

Loaded with `-p puente.grading.guard_plugin` next to `puente.pytest_plugin`; inert unless the
grader hands it a key. It records what pytest itself saw, signs each result, and marks every
result that ran after the submission replaced a builtin, a piece of pytest or a part of the guard.

Limits are fair on a busy machine: the soft limit per test counts the test process's own CPU
time (an endless loop burns it; waiting for a slow `dvc` under load does not), in setup, call and
teardown alike; the hard stop is wall time, set by the grader from the machine's load. Each test
announces itself (`start`) before it runs, so the grader knows where a run that stopped, stopped.
The guard is still inside the submission's interpreter: the static scan (integrity.py) blocks the
introspection that reaches it, and DESIGN §6 says what remains out of reach.
"""

import builtins
import faulthandler
import os
import signal
import time

import pytest

from puente.grading.launch import BOUNDARY_ENV
from puente.grading.report_channel import GUARD_ENV, KEY_BYTES, guard_fields, signed_line, signer
from puente.pytest_plugin import failure_type, short_message
from puente.results import fold_phase


class TestTimeout(Exception):
    __test__ = False


SOFT_LIMIT = {"cpu": 30.0, "wall": 60.0}  # module state, not a closure over the guard: a signal handler is findable


def _expire(signum, frame):
    if signum == signal.SIGPROF:
        raise TestTimeout(f"this test used more than {SOFT_LIMIT['cpu']:g} s of CPU time (an endless loop?)")
    raise TestTimeout(f"this test waited more than {SOFT_LIMIT['wall']:g} s (a hang, or a very busy machine)")


def pytest_configure(config: pytest.Config) -> None:
    spec = os.environ.pop(GUARD_ENV, "")
    if not spec:
        return
    key_fd, report_fd, cpu, wall, hard, _processes = guard_fields(spec)  # the process cap: launch.py
    _not_traceable()
    key = os.read(key_fd, KEY_BYTES)
    os.close(key_fd)
    stream = os.fdopen(report_fd, "w", buffering=1, encoding="utf-8")
    SOFT_LIMIT.update(cpu=cpu, wall=wall)
    if os.environ.get(BOUNDARY_ENV) == "1":  # learner modules run in a worker process; this one only decides
        from puente.grading.boundary import install

        config.add_cleanup(install(str(config.getoption("--target")), cpu).stop)
    config.pluginmanager.register(Guard(signer(key), stream, hard), "puente-guard")


def _not_traceable() -> None:
    """No process of the submission (same user) may ptrace this one or read its memory through /proc."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE, 0
    except (OSError, AttributeError):
        pass


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


INSTANCE_FIELDS = {"template", "stream", "hard", "budget", "snapshot", "hooks", "trusted_tests", "config", "current", "sent"}


class Guard:
    def __init__(self, template, stream, hard: float) -> None:
        self.template = template
        self.stream = stream
        self.hard = hard
        self.budget = (0.0, 0.0)  # CPU and wall seconds the current test has left
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
        """Replaced objects, guard attributes set on the instance, and hooks added by code outside the trusted tests."""
        now = _watched()
        changed = [name for name, value in now.items() if self.snapshot.get(name, id(value)) != id(value)]
        changed += [name for name in self.snapshot if name not in now]
        changed += [f"Guard instance {name}" for name in vars(self) if name not in INSTANCE_FIELDS]
        if type(self) is not Guard:
            changed.append("Guard instance class")
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
        """The hard stop (wall time): if even the soft limit is swallowed, the interpreter exits.

        The grader then starts a new run for the tests after this one, so only this test is lost."""
        self.emit({"kind": "start", "nodeid": item.nodeid})
        self.budget = (SOFT_LIMIT["cpu"], SOFT_LIMIT["wall"])
        faulthandler.dump_traceback_later(self.hard, exit=True)
        try:
            return (yield)
        finally:
            faulthandler.cancel_dump_traceback_later()

    def _phase(self):
        """The soft stops for one phase: the CPU time (ITIMER_PROF) and wall time (ITIMER_REAL) the test has left."""
        cpu, wall = self.budget
        handlers = {number: signal.signal(number, _expire) for number in (signal.SIGPROF, signal.SIGALRM)}
        started = (time.process_time(), time.monotonic())
        signal.setitimer(signal.ITIMER_PROF, max(cpu, 0.01))
        signal.setitimer(signal.ITIMER_REAL, max(wall, 0.01))
        try:
            return (yield)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.setitimer(signal.ITIMER_REAL, 0)
            for number, previous in handlers.items():
                signal.signal(number, previous)
            self.budget = (cpu - (time.process_time() - started[0]), wall - (time.monotonic() - started[1]))

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_setup(self, item: pytest.Item):
        return (yield from self._phase())

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item):
        return (yield from self._phase())

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_teardown(self, item: pytest.Item):
        return (yield from self._phase())

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        state = self.current.setdefault(report.nodeid, {"outcome": "passed", "message": "", "duration": 0.0})
        state["duration"] += report.duration
        outcome = fold_phase(state["outcome"], report.when, report.failed, report.skipped)
        if outcome != state["outcome"] and report.failed:
            state["message"] = short_message(report)
            state["kind_of_failure"] = failure_type(report)
        state["outcome"] = outcome
        if report.when == "teardown":
            state = self.current.pop(report.nodeid)
            self.emit({"kind": "test", "nodeid": report.nodeid, "tampered": self.tampered(), **state})

    def pytest_sessionfinish(self) -> None:
        self.emit({"kind": "end", "tampered": self.tampered()})
        self.stream.flush()
