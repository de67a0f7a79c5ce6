"""`python -m pytest` for a sandboxed run, with the process cap and the boundary's first worker set up first.

Before pytest is imported (and so before the guard reads its key), this caps the sandbox's
processes, imports numpy and pandas and freezes them out of the collector's walks (worker.warm),
and, when learner modules run behind the boundary, forks the worker from this interpreter, so
one import serves both sides (boundary.prefork).
"""

import os
import resource
import sys

from puente.grading.report_channel import GUARD_ENV, guard_fields

BOUNDARY_ENV = "PUENTE_BOUNDARY"


def prepare(argv: list[str]) -> None:
    spec = os.environ.get(GUARD_ENV, "")
    if not spec:
        return
    key_fd, report_fd, _cpu, _wall, _hard, processes = guard_fields(spec)
    if processes > 0:
        # lowered inside the sandbox's own user namespace, the cap counts this sandbox's processes
        # only (the kernel charges RLIMIT_NPROC per user namespace), not every process of the user
        resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
    if "--target" not in argv or "--collect-only" in argv:
        return
    from puente.grading.worker import warm

    warm()
    if os.environ.get(BOUNDARY_ENV) == "1":
        from puente.grading.boundary import prefork

        prefork(argv[argv.index("--target") + 1], (key_fd, report_fd))


if __name__ == "__main__":
    prepare(sys.argv[1:])
    import pytest

    raise SystemExit(pytest.console_main())
