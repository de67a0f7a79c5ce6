"""Resource limits for one sandboxed run: memory, file size, CPU time, open files and processes.

Every budget belongs to one submission and no other. rlimits are set in the child just before it
starts the sandbox (per process); a cgroup made for the submission, below the grader's own,
holds its whole process tree to one `memory.max` and one `pids.max` (cgroup v2, or v1's memory
and pids controllers). Where no cgroup is writable (an unprivileged grader without delegation),
the launcher (puente.grading.launch) lowers RLIMIT_NPROC inside the sandbox's own user namespace, which the kernel counts
per namespace, so a fork bomb next door cannot use up another sandbox's processes.
Wall limits scale with `--jobs` and the machine's load (`load_factor`).
"""

import contextlib
import os
import resource
import signal
import time
from dataclasses import dataclass
from pathlib import Path

# RLIMIT_NPROC at the sandbox's start counts every process of the user: a broad backstop only
USER_PROCESS_BACKSTOP = 4096
CGROUP_FS = Path("/sys/fs/cgroup")
MAX_LOAD_FACTOR = 4.0


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


def load_factor(jobs: int) -> float:
    """How much slower than a quiet machine wall time runs now: at least 1, more with jobs or load above the cores."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = 0.0
    return round(min(MAX_LOAD_FACTOR, max(1.0, jobs / cores, load / cores)), 2)


def _own_cgroups() -> dict[str, Path]:
    """Controller -> the grader's own cgroup folder, for the controllers we use (v2: key "")."""
    found: dict[str, Path] = {}
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return found
    for line in lines:
        _, controllers, path = line.split(":", 2)
        if controllers == "" and (CGROUP_FS / "cgroup.controllers").exists():
            found[""] = CGROUP_FS / path.lstrip("/")
        for name in ("memory", "pids"):
            if name in controllers.split(",") and (CGROUP_FS / name).is_dir():
                found[name] = CGROUP_FS / name / path.lstrip("/")
    return found


class SubmissionCgroup:
    """One cgroup (per controller) holding one sandbox: a memory budget, a process cap, and a way to kill them all."""

    def __init__(self, name: str, limits: Limits) -> None:
        self.folders: list[Path] = []
        self.capped: set[str] = set()
        own = _own_cgroups()
        wanted = {"": {"memory.max": limits.memory_bytes, "pids.max": limits.processes}} if "" in own else {}
        wanted.setdefault("memory", {"memory.limit_in_bytes": limits.memory_bytes})
        wanted.setdefault("pids", {"pids.max": limits.processes})
        for controller, settings in wanted.items():
            if controller not in own:
                continue
            folder = own[controller] / name
            try:
                folder.mkdir()
            except OSError:
                continue
            written = [key for key, value in settings.items() if _write(folder / key, value)]
            if written:
                self.folders.append(folder)
                self.capped.update(key.split(".")[0] for key in written)
            else:
                with contextlib.suppress(OSError):
                    folder.rmdir()

    @property
    def caps_processes(self) -> bool:
        return "pids" in self.capped

    def join(self) -> None:
        """Runs in the child (preexec), before exec."""
        for folder in self.folders:
            with contextlib.suppress(OSError):
                (folder / "cgroup.procs").write_text(str(os.getpid()))

    def out_of_memory(self) -> bool:
        """Whether the kernel's memory limit struck (v2 memory.events oom_kill, v1 memory.failcnt)."""
        for folder in self.folders:
            for name, word in (("memory.events", "oom_kill"), ("memory.oom_control", "oom_kill")):
                with contextlib.suppress(OSError, ValueError):
                    for line in (folder / name).read_text().splitlines():
                        key, _, value = line.partition(" ")
                        if key == word and int(value) > 0:
                            return True
        return False

    def kill_all(self) -> None:
        """Kill whatever is left in the cgroups, wait for them to empty, and remove them."""
        for folder in self.folders:
            _empty(folder)


def _write(path: Path, value: int) -> bool:
    try:
        path.write_text(str(value))
        return True
    except OSError:
        return False


def _empty(folder: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            pids = [int(p) for p in (folder / "cgroup.procs").read_text().split()]
        except OSError:
            return
        if not pids:
            try:
                folder.rmdir()
                return
            except OSError:
                pass  # the kernel has not released the last process yet
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.05)
