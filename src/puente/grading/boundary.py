"""The trusted side of the trust boundary: graded tests import learner modules as proxies.

In grading mode the guard plugin installs `BoundaryFinder` for the learner packages and modules
listed in BOUNDARY_PACKAGES and BOUNDARY_MODULES: `from m00_welcome.first_look import default_rate` then yields a proxy whose
calls run in a worker process (puente.grading.worker). Arguments go in as plain data (a fitted
model may go pickled: trusted to untrusted only); results come back as plain data
(puente.grading.wire), and exceptions as their type name, message and plain attributes,
re-raised here as the builtin exception or as a class synthesised with the learner's class name
and builtin bases (so `pytest.raises(BatchError)` and `error.column` work). The test process
never executes learner code. A worker that dies (an exit, a crash) fails the call that killed
it and is started again for the next one.

Modules whose tests need live objects (FastAPI apps, pydantic models, sklearn estimators,
scripts that print) stay in-process for now: their exercises are file-based or not yet behind
the boundary (see instructors/grading.md).
"""

import builtins
import contextlib
import importlib.abc
import importlib.machinery
import os
import signal
import subprocess
import sys

from puente.grading import wire
from puente.grading.report_channel import GUARD_ENV

# whole learner packages, and single modules of packages whose other modules stay in-process
BOUNDARY_PACKAGES = ("m00_welcome",)
BOUNDARY_MODULES = ("m03_testing.validation", "m07_monitoring.bill", "m07_monitoring.alerts", "m07_monitoring.drift")
SPECIAL = {"SystemExit", "KeyboardInterrupt", "GeneratorExit"}  # never re-raised as themselves here


class WorkerGone(RuntimeError):
    """The worker process ended while running learner code."""


class Worker:
    """One worker process per test session, started on first use and again after it dies."""

    def __init__(self, target: str, cpu_seconds: float) -> None:
        self.target, self.cpu_seconds = target, cpu_seconds
        self.process: subprocess.Popen | None = None
        self.requests = self.answers = None

    def _adopt(self, process, requests_write: int, answers_read: int) -> None:
        self.process = process
        self.requests = os.fdopen(requests_write, "wb")
        self.answers = os.fdopen(answers_read, "rb")

    def _start(self) -> None:
        """A fresh interpreter: the worker after one ended (this process holds the key by then: no fork)."""
        requests_read, requests_write = os.pipe()
        answers_read, answers_write = os.pipe()
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-B", "-m", "puente.grading.worker", self.target, str(requests_read), str(answers_write)],
            pass_fds=(requests_read, answers_write), stdin=subprocess.DEVNULL, env=dict(os.environ),
        )
        os.close(requests_read)
        os.close(answers_write)
        self._adopt(self.process, requests_write, answers_read)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            for stream in (self.requests, self.answers):
                with contextlib.suppress(OSError):
                    stream.close()
            self.process = None

    def ask(self, request: dict):
        if self.process is None or self.process.poll() is not None:
            self.stop()
            self._start()
        try:
            wire.send(self.requests, request)
            received = wire.receive(self.answers)
        except ValueError as error:  # cut short or malformed
            self.stop()
            raise WorkerGone(f"the answer from your code's process was not readable ({error})") from None
        except BaseException:  # a timeout of the test while learner code runs: end that code too
            self.stop()
            raise
        if received is None:
            code = self.process.wait()
            self.stop()
            raise WorkerGone(f"your code ended the process that runs it (exit code {code}): an exit, a crash or a kill")
        answer, blobs = received
        try:
            value = wire.decode(answer["value"], blobs=blobs) if answer.get("ok") else None
        except (ValueError, KeyError, TypeError) as error:
            self.stop()
            raise WorkerGone(f"the answer from your code's process was not readable ({error})") from None
        if not answer.get("ok"):
            raise _rebuild(answer.get("error") or {}, blobs)
        return value


EXCEPTIONS: dict[tuple[str, str], type] = {}  # (module, class name) -> the class synthesised for it


def _synthesised(module: str, name: str, bases: list[str]) -> type:
    key = (module, name)
    if key not in EXCEPTIONS:
        parents = tuple(getattr(builtins, base) for base in bases if base not in SPECIAL and isinstance(getattr(builtins, base, None), type)
                        and issubclass(getattr(builtins, base), Exception))  # never a bare BaseException here
        parents = tuple(p for p in parents if not any(p is not q and issubclass(q, p) for q in parents)) or (Exception,)
        EXCEPTIONS[key] = type(name, parents, {"__module__": module})
    return EXCEPTIONS[key]


def _rebuild(error: dict, blobs: list[bytes]) -> BaseException:
    name, origin = str(error.get("type", "Exception")), str(error.get("module", ""))
    builtin = getattr(builtins, name, None) if origin == "builtins" and name not in SPECIAL else None
    cls = builtin if isinstance(builtin, type) and issubclass(builtin, Exception) else \
        _synthesised(origin, name, [str(b) for b in error.get("bases", [])])
    instance = cls.__new__(cls)
    BaseException.__init__(instance, str(error.get("message", "")))
    for attr, value in (error.get("attrs") or {}).items():
        try:
            setattr(instance, str(attr), wire.decode(value, blobs=blobs))
        except (AttributeError, TypeError, wire.NotPlainData):
            continue
    return instance


class RemoteFunction:
    """A learner function: called here, run in the worker."""

    def __init__(self, worker: Worker, module: str, name: str) -> None:
        self._worker, self.__module__, self.__name__, self.__qualname__ = worker, module, name, name

    def __call__(self, *args, **kwargs):
        return self._worker.ask({"op": "call", "module": self.__module__, "name": self.__name__,
                                 "args": wire.encode(list(args), allow_pickle=True),
                                 "kwargs": wire.encode(dict(kwargs), allow_pickle=True), "cpu": self._worker.cpu_seconds})

    def __repr__(self) -> str:
        return f"<learner function {self.__module__}.{self.__name__} (runs in the worker)>"


class NotAcrossTheBoundary:
    """A learner class or live object: not available to tests behind the boundary."""

    def __init__(self, module: str, name: str) -> None:
        self._where = f"{module}.{name}"

    def __call__(self, *args, **kwargs):
        raise TypeError(f"{self._where} is not plain data and cannot cross to the grader's tests")


class BoundaryLoader(importlib.abc.Loader):
    def __init__(self, worker: Worker) -> None:
        self.worker = worker

    def create_module(self, spec):
        return None

    def exec_module(self, module) -> None:
        if "." not in module.__name__:
            module.__path__ = []  # the package itself is the course's: nothing of it is run here
            return
        try:
            description = self.worker.ask({"op": "import", "module": module.__name__})
        except Exception as error:  # the learner module does not import: the tests of it fail at collection
            raise ImportError(f"{module.__name__} could not be imported: {type(error).__name__}: {error}") from None
        for name, info in description.items():
            kind = info.get("kind")
            if kind == "function":
                value = RemoteFunction(self.worker, module.__name__, name)
            elif kind == "constant":
                value = wire.decode(info.get("value"))
            elif kind == "exception":
                value = _synthesised(module.__name__, name, [str(b) for b in info.get("bases", [])])
            else:
                value = NotAcrossTheBoundary(module.__name__, name)
            setattr(module, name, value)


class BoundaryFinder(importlib.abc.MetaPathFinder):
    def __init__(self, worker: Worker) -> None:
        self.loader = BoundaryLoader(worker)

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] not in BOUNDARY_PACKAGES and name not in BOUNDARY_MODULES:
            return None
        return importlib.machinery.ModuleSpec(name, self.loader, is_package="." not in name)


class Forked:
    """What Worker needs of a process (poll, wait, kill), for the child `prefork` made."""

    def __init__(self, pid: int) -> None:
        self.pid, self.returncode = pid, None

    def poll(self) -> int | None:
        return self._reap(os.WNOHANG)

    def wait(self) -> int:
        return self._reap(0)

    def kill(self) -> None:
        if self.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def _reap(self, flags: int) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, flags)
            except ChildProcessError:
                pid, status = self.pid, 0
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode


PREFORKED: dict[str, tuple] = {}  # target -> the first worker (process, requests fd, answers fd), forked by launch.py


def prefork(target: str, never_inherit: tuple[int, ...]) -> None:
    """Fork the first worker from this interpreter, once the libraries are imported and before pytest is.

    The launcher has imported numpy and pandas (worker.warm), so one import serves both processes
    (a second interpreter and its imports cost 0.2 to 0.4 s of CPU per submission), and the child
    holds nothing of the grader: no pytest, no guard, no key (still unread in its pipe). It closes
    `never_inherit` (the key's and the report's descriptors) before it reads a request, so learner
    code never sees them.
    """
    from puente.grading import worker

    requests_read, requests_write = os.pipe()
    answers_read, answers_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            for descriptor in (*never_inherit, requests_write, answers_read):
                os.close(descriptor)
            os.environ.pop(GUARD_ENV, None)
            worker.serve(target, requests_read, answers_write)
            code = 0
        finally:
            os._exit(code)
    os.close(requests_read)
    os.close(answers_write)
    PREFORKED[target] = (Forked(pid), requests_write, answers_read)


def install(target: str, cpu_seconds: float) -> Worker:
    """Put the finder first on sys.meta_path, with the preforked worker or one started now."""
    worker = Worker(target, cpu_seconds)
    if target in PREFORKED:
        worker._adopt(*PREFORKED.pop(target))
    else:
        worker._start()  # now, so that its start-up overlaps the collection of the tests
    sys.meta_path.insert(0, BoundaryFinder(worker))
    return worker
