"""A real uvicorn on a free loopback port, started and always stopped: for tests, benchmarks and the CLI."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

START_TIMEOUT = 600.0
"""Seconds a server may take to answer: generous, because a loaded 2-core laptop is slow, not broken;
the wait also watches the process, so a server that dies is reported at once."""


class ServerDidNotStart(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def health_is_ok(url: str) -> bool:
    return httpx.get(f"{url}/health", timeout=1).status_code == 200


def answers_at_all(url: str) -> bool:
    httpx.get(f"{url}/health", timeout=1)
    return True


def wait_until_ready(url: str, process: subprocess.Popen, ready: Callable[[str], bool] = health_is_ok, timeout: float = START_TIMEOUT) -> None:
    """Poll `ready(url)` until it holds, the process dies, or `timeout` seconds pass (then raise)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerDidNotStart(f"`{subprocess.list2cmdline(process.args)}` exited with code {process.returncode} before answering; run it by hand to see why")
        try:
            if ready(url):
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise ServerDidNotStart(f"{url} was not ready within {timeout:.0f} s (the process is still running: is the machine overloaded?)")


def die_with_parent() -> None:
    """In the child, before uvicorn starts: on Linux, SIGTERM when the parent dies.

    A test killed by its time limit, or a grader's hard stop, never runs its `finally`: without
    this, its server would outlive it and hold a port (and a core) for the rest of the suite.
    """
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def stop(process: subprocess.Popen) -> int:
    """SIGTERM (uvicorn shuts down cleanly on it), then SIGKILL if it hangs."""
    process.terminate()
    try:
        return process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


@contextmanager
def uvicorn_server(
    app: str,
    pythonpath: Path | str,
    extra_env: dict[str, str] | None = None,
    factory: bool = True,
    ready: Callable[[str], bool] = health_is_ok,
    timeout: float = START_TIMEOUT,
    cwd: Path | None = None,
) -> Iterator[str]:
    """Run `uvicorn app` with `pythonpath` first on PYTHONPATH; yield its URL once ready; stop it afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", app, *(["--factory"] if factory else []),
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"]
    env = {**os.environ, **(extra_env or {}), "PYTHONPATH": str(pythonpath)}
    process = subprocess.Popen(command, env=env, cwd=cwd, preexec_fn=die_with_parent)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_ready(url, process, ready, timeout)
        yield url
    finally:
        stop(process)
