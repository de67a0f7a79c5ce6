"""One cgroup per learner's server: its whole process tree (kernels, terminals) shares one memory and CPU budget.

JupyterHub's local spawners only pass `mem_limit`/`cpu_limit` on as environment variables; they do not
enforce them. Where cgroup v2 is writable (a hub run as root on Linux), this does; elsewhere the hub
prints that limits are advisory, and a shared server should use a spawner that enforces them.
"""

import contextlib
import os
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")
CPU_PERIOD_US = 100_000


def cgroups_available() -> bool:
    return (CGROUP_ROOT / "cgroup.controllers").is_file() and os.access(CGROUP_ROOT, os.W_OK)


def confine(pid: int, name: str, memory_bytes: int, cpus: float) -> Path | None:
    """Move `pid` into puente-hub/<name> with memory.max and cpu.max; None where cgroups are not writable."""
    if not cgroups_available():
        return None
    parent = CGROUP_ROOT / "puente-hub"
    parent.mkdir(exist_ok=True)
    _enable(CGROUP_ROOT, ("memory", "cpu"))
    _enable(parent, ("memory", "cpu"))
    group = parent / name
    group.mkdir(exist_ok=True)
    (group / "memory.max").write_text(str(memory_bytes))
    (group / "cpu.max").write_text(f"{int(cpus * CPU_PERIOD_US)} {CPU_PERIOD_US}")
    (group / "cgroup.procs").write_text(str(pid))
    return group


def _enable(group: Path, controllers: tuple[str, ...]) -> None:
    available = (group / "cgroup.controllers").read_text().split()
    wanted = " ".join(f"+{c}" for c in controllers if c in available)
    if wanted:
        # a group that holds processes cannot delegate; its children still get what the parent allows
        with contextlib.suppress(OSError):
            (group / "cgroup.subtree_control").write_text(wanted)


def release(name: str) -> None:
    """Remove a stopped server's cgroup (the kernel refuses while processes remain, which is fine)."""
    group = CGROUP_ROOT / "puente-hub" / name
    with contextlib.suppress(OSError):
        group.rmdir()
