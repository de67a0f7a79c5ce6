"""Run one pytest session on untrusted code: bubblewrap where it works, a warned fallback elsewhere.

Inside bubblewrap the submission has no network, runs as user 65534 in its own user, pid,
ipc and uts namespaces, sees a read-only system, interpreter and staged course, writes only
to a private size-capped /tmp, and dies with the grader. It never sees the course checkout
(solutions/, the hidden test pack): only the staged folder is mounted.
"""

import contextlib
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from puente.grading.limits import Limits, SubmissionCgroup
from puente.grading.report_channel import GUARD_ENV

BWRAP = "bwrap"
SYSTEM_DIRS = ("/usr", "/bin", "/lib", "/lib64", "/lib32", "/sbin")
SANDBOX_COURSE = "/course"
# what ordinary tools (git, dvc, ssl, time zones, localhost) read from /etc; nothing secret
ETC_READ_ONLY = ("/etc/ld.so.cache", "/etc/localtime", "/etc/nsswitch.conf", "/etc/alternatives",
                 "/etc/ssl/certs", "/etc/ca-certificates", "/etc/mime.types", "/etc/protocols", "/etc/services")
# written by the plan into the staged course: a passwd that knows only user 65534, a plain hosts
SANDBOX_ETC = {"passwd": "nobody:x:65534:65534:sandbox:/tmp:/usr/sbin/nologin\n",
               "group": "nogroup:x:65534:\n",
               "hosts": "127.0.0.1 localhost\n::1 localhost\n"}
MAX_REPORT_BYTES = 4 * 1024 * 1024
LOG_TAIL_BYTES = 20_000


@dataclass(frozen=True)
class RunOutcome:
    report: bytes
    returncode: int | None
    timed_out: bool
    log: str
    seconds: float
    out_of_memory: bool = False
    silent_seconds: float = 0.0  # from the last report line to the end: a hard stop shows as a silence that long


def python_mounts() -> list[Path]:
    """What the interpreter needs, read-only: the venv, the base Python, and the installed toolkit.

    An editable install points into a course checkout's src/ (puente and the course's library
    packages, which learners have too); that folder is mounted, never the checkout around it
    with solutions/.
    """
    import puente

    mounts = {Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve()}
    package = Path(puente.__file__).resolve().parent
    if not any(package.is_relative_to(mount) for mount in mounts):
        source = package.parent
        exposed = (source / "course.toml").exists() or (source / "solutions").exists()
        mounts.add(package if exposed else source)
    return sorted(mounts)


def bwrap_command(stage: Path, extra_ro: list[Path], argv: list[str], limits: Limits) -> list[str]:
    command = [BWRAP, "--unshare-all", "--die-with-parent", "--new-session", "--uid", "65534", "--gid", "65534",
               "--hostname", "sandbox", "--cap-drop", "ALL"]
    # the private /tmp first: a read-only bind below /tmp (a venv, the data) must land on top of it
    command += ["--proc", "/proc", "--dev", "/dev", "--size", str(limits.tmp_bytes), "--tmpfs", "/tmp"]
    for folder in (*SYSTEM_DIRS, *ETC_READ_ONLY):
        command += ["--ro-bind-try", folder, folder]
    for name in SANDBOX_ETC:
        command += ["--ro-bind-try", str(stage / "sandbox-etc" / name), f"/etc/{name}"]
    for mount in [*python_mounts(), *extra_ro]:
        command += ["--ro-bind", str(mount), str(mount)]
    command += ["--ro-bind", str(stage), SANDBOX_COURSE, "--chdir", "/tmp", *argv]
    return command


def bwrap_works() -> tuple[bool, str]:
    """Try the real thing once: some containers forbid user namespaces even when bwrap is installed."""
    if shutil.which(BWRAP) is None:
        return False, "bubblewrap (bwrap) is not installed: `sudo apt-get install bubblewrap`"
    probe = bwrap_command(Path(sys.prefix), [], [sys.executable, "-c", "pass"], Limits())
    try:
        done = subprocess.run(probe, capture_output=True, timeout=30, env={"PATH": "/usr/bin:/bin"})
    except (OSError, subprocess.TimeoutExpired) as error:
        return False, f"bubblewrap does not start here ({error})"
    if done.returncode != 0:
        return False, f"bubblewrap does not start here: {done.stderr.decode(errors='replace').strip()[:200]}"
    return True, ""


def run_sandboxed(
    command: list[str], env: dict[str, str], cwd: Path, key: bytes, guard: str,
    timeout: float, limits: Limits, cap_name: str, log_path: Path,
) -> RunOutcome:
    """Start `command` with the key on one pipe and the report on another; kill it all at `timeout` (wall).

    `guard` is the guard plugin's "<soft>:<hard>:<processes>" (report_channel.GUARD_ENV).
    """
    key_read, key_write = os.pipe()
    report_read, report_write = os.pipe()
    os.write(key_write, key)
    os.close(key_write)
    cgroup = SubmissionCgroup(cap_name, limits)
    env = {**env, GUARD_ENV: f"{key_read}:{report_write}:{guard}"}

    def in_child() -> None:
        cgroup.join()
        limits.apply()

    started = time.perf_counter()
    chunks: list[bytes] = []
    heard = [time.monotonic()]
    with open(log_path, "wb") as log:
        try:
            process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=cwd,
                pass_fds=(key_read, report_write), preexec_fn=in_child, start_new_session=True,
            )
        finally:
            os.close(key_read)
            os.close(report_write)
        reader = threading.Thread(target=_drain, args=(report_read, chunks, heard), daemon=True)
        reader.start()
        timed_out = False
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill(process)
        silent = time.monotonic() - heard[0]
        oom = cgroup.out_of_memory()
        cgroup.kill_all()
        reader.join(timeout=10)
    return RunOutcome(b"".join(chunks), process.returncode, timed_out, _tail(log_path), time.perf_counter() - started, oom, silent)


def _drain(descriptor: int, chunks: list[bytes], heard: list[float]) -> None:
    """Read the report pipe to its end, keeping at most MAX_REPORT_BYTES (a flood is not a report)."""
    kept = 0
    with os.fdopen(descriptor, "rb", buffering=0) as pipe:
        while chunk := pipe.read(65536):
            heard[0] = time.monotonic()
            if kept < MAX_REPORT_BYTES:
                chunks.append(chunk[: MAX_REPORT_BYTES - kept])
                kept += len(chunks[-1])


def _kill(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, 9)
    process.wait()


def _tail(path: Path) -> str:
    with open(path, "rb") as log:
        log.seek(max(0, path.stat().st_size - LOG_TAIL_BYTES))
        return log.read().decode("utf-8", "replace")
