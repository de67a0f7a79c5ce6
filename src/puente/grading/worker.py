"""The submission's side of the trust boundary: imports learner modules and runs their functions.

Forked before pytest starts (puente.grading.launch), or started anew by the trusted test process
(puente.grading.boundary) after a worker ended, inside the same sandbox, it reads
one framed request at a time on one pipe and answers on another; it has no key, no report channel
and no pytest. What it sends back is plain data (puente.grading.wire): a return value, a module's
description, or an exception as its type name, message and plain attributes. Whatever the
learner's code does here (an always-true `__eq__`, patching pytest, walking `gc`, an exit)
touches only this process.
"""

import contextlib
import gc
import importlib
import os
import signal
import sys
import traceback

from puente.grading import wire

WARM = ("numpy", "pandas", "pyarrow.ipc")  # what learner modules and the wire need, imported before any request


class CPUTimeout(Exception):
    """The call used up the test's CPU time (the trusted side turns this into a failed test)."""


def _expire(signum, frame):
    raise CPUTimeout("your code used up the test's CPU time (an endless loop?)")


def describe(module) -> dict:
    """Every public attribute: functions and classes by kind, constants by value (when they are plain data)."""
    found = {}
    for name, value in vars(module).items():
        if name.startswith("_") or type(value).__name__ == "module":
            continue
        if isinstance(value, type) and issubclass(value, BaseException):
            found[name] = {"kind": "exception", "bases": _builtin_bases(value)}
        elif isinstance(value, type):
            found[name] = {"kind": "class"}
        elif callable(value):
            found[name] = {"kind": "function"}
        else:
            try:
                found[name] = {"kind": "constant", "value": wire.encode(value)}
            except wire.NotPlainData:
                found[name] = {"kind": "other", "type": type(value).__name__}
    return found


def _builtin_bases(cls: type) -> list[str]:
    return [base.__name__ for base in cls.__mro__ if base.__module__ == "builtins" and issubclass(base, BaseException)]


def error_record(error: BaseException) -> dict:
    attrs = {}
    for name, value in vars(error).items() if hasattr(error, "__dict__") else ():
        try:
            attrs[name] = wire.encode(value)
        except wire.NotPlainData:
            continue
    return {"type": type(error).__name__, "module": type(error).__module__, "bases": _builtin_bases(type(error)),
            "message": str(error), "attrs": attrs,
            "trace": "".join(traceback.format_exception_only(type(error), error))[-2000:]}


def handle(request: dict, blobs: list[bytes]) -> dict:
    module = importlib.import_module(request["module"])
    if request["op"] == "import":
        return {"ok": True, "value": wire.encode(describe(module))}
    function = getattr(module, request["name"])
    args = wire.decode(request["args"], allow_pickle=True, blobs=blobs)  # from the trusted side only
    kwargs = wire.decode(request["kwargs"], allow_pickle=True, blobs=blobs)
    signal.signal(signal.SIGPROF, _expire)
    signal.setitimer(signal.ITIMER_PROF, max(float(request.get("cpu", 30.0)), 0.01))
    try:
        result = function(*args, **kwargs)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return {"ok": True, "value": wire.encode(result)}


def warm() -> None:
    """Import what learner modules, graded tests and the wire need, before any request (and before a fork).

    One table's round trip through the wire loads what pandas and Arrow import on first use. Then
    the collector is told those objects live for good (`gc.freeze`): otherwise every full collection
    walks pandas' hundreds of thousands of objects again (0.15 s of a module-00 run), and after a
    fork it would write to the pages both processes share.
    """
    for library in WARM:
        with contextlib.suppress(ImportError):
            importlib.import_module(library)
    with contextlib.suppress(ImportError):
        import pandas

        wire.loads(wire.dumps(pandas.DataFrame({"warm": [0.5]})))
    gc.freeze()


def serve(target: str, requests_fd: int, answers_fd: int) -> None:
    """Answer one framed request at a time (puente.grading.wire) until the trusted side closes the pipe."""
    sys.path.insert(0, target)
    requests = os.fdopen(requests_fd, "rb")
    answers = os.fdopen(answers_fd, "wb")
    sys.stdout = sys.stderr  # the learner's prints go to the log, never into the answers
    while (request := wire.receive(requests)) is not None:
        try:
            response = handle(*request)
        except BaseException as error:
            response = {"ok": False, "error": error_record(error)}
        wire.send(answers, response)


def main(argv: list[str]) -> None:
    """A worker started as its own interpreter (after the first one ended): warm up on this core, then serve."""
    target, requests_fd, answers_fd = argv
    warm()
    serve(target, int(requests_fd), int(answers_fd))


if __name__ == "__main__":
    main(sys.argv[1:])
