"""Resource limits for one sandboxed run: memory, file size, CPU time, open files and processes.

rlimits are set in the child just before it starts the sandbox. A cap on processes needs a
pids cgroup when the grader runs as root (the kernel does not count root's processes against
RLIMIT_NPROC); where none is writable, the per-submission timeout is the last line.
"""

import contextlib
import os
import resource
import signal
import time
from dataclasses import dataclass
from pathlib import Path

# RLIMIT_NPROC counts every process of the user, not just the sandbox's: a broad backstop only
USER_PROCESS_BACKSTOP = 4096
CGROUP_ROOTS = (Path("/sys/fs/cgroup/pids"), Path("/sys/fs/cgroup"))


@dataclass(frozen=True)
class Limits:
    memory_bytes: int = 3 * 1024**3
    file_bytes: int = 64 * 1024**2
    processes: int = 64
    open_files: int = 1024
    cpu_seconds: int = 300
    tmp_bytes: int = 256 * 1024**2

    def apply(self) -> None:
        """Runs in the child (preexec): every process of the sandbox inherits these."""
        for name, value in (
            (resource.RLIMIT_AS, self.memory_bytes),
            (resource.RLIMIT_FSIZE, self.file_bytes),
            (resource.RLIMIT_CPU, self.cpu_seconds),
            (resource.RLIMIT_NOFILE, self.open_files),
            (resource.RLIMIT_CORE, 0),
            (resource.RLIMIT_NPROC, USER_PROCESS_BACKSTOP),
        ):
            # a platform that refuses one limit (macOS and RLIMIT_AS) keeps the others
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(name, (value, value))


class ProcessCap:
    """A pids cgroup holding one sandbox: at most `limit` processes, and a way to kill them all."""

    def __init__(self, name: str, limit: int) -> None:
        self.path: Path | None = None
        for root in CGROUP_ROOTS:
            if not (root / "cgroup.procs").exists():
                continue
            folder = root / name
            try:
                folder.mkdir()
            except OSError:
                continue
            try:
                (folder / "pids.max").write_text(str(limit))
                self.path = folder
                return
            except OSError:
                folder.rmdir()

    def join(self) -> None:
        """Runs in the child (preexec), before exec."""
        if self.path is not None:
            (self.path / "cgroup.procs").write_text(str(os.getpid()))

    def kill_all(self) -> None:
        """Kill whatever is left in the cgroup, wait for it to empty, and remove it."""
        if self.path is None:
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                pids = [int(p) for p in (self.path / "cgroup.procs").read_text().split()]
            except OSError:
                return
            if not pids:
                try:
                    self.path.rmdir()
                    return
                except OSError:
                    pass  # the kernel has not released the last process yet
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.05)
