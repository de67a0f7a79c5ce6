"""A server started for a test dies with the process that started it, even when that process never runs its `finally`."""

import subprocess
import sys
import time

import psutil
import pytest

APP = '''from fastapi import FastAPI

def create_app():
    app = FastAPI()
    app.get("/health")(lambda: {"status": "ok"})
    return app
'''
STARTER = '''import os, sys
from puente.local_server import uvicorn_server
with uvicorn_server("tiny_app:create_app", sys.argv[1], timeout=600) as url:
    print(url, flush=True)
    os._exit(0)  # what a hard stop does: no finally, no cleanup
'''


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_server_outlives_no_parent(tmp_path):
    (tmp_path / "tiny_app.py").write_text(APP)
    log = tmp_path / "starter.log"
    with open(log, "w") as output:  # a file, not a pipe: the server inherits it and a pipe would wait for it
        starter = subprocess.run([sys.executable, "-c", STARTER, str(tmp_path)], stdout=output, stderr=subprocess.STDOUT, timeout=900)
    assert starter.returncode == 0, log.read_text()[-2000:]
    port = int(log.read_text().split()[0].split(":")[-1])
    deadline = time.monotonic() + 300  # generous: a loaded machine is slow to deliver and handle SIGTERM
    while (alive := _listening(port)) and time.monotonic() < deadline:
        time.sleep(0.5)
    for process in alive:
        process.kill()  # never leave it behind, even when the test fails
    assert not alive, f"the server on port {port} outlived the process that started it"


def _listening(port: int) -> list[psutil.Process]:
    found = []
    for connection in psutil.net_connections(kind="tcp"):
        if connection.laddr and connection.laddr.port == port and connection.status == psutil.CONN_LISTEN and connection.pid:
            found.append(psutil.Process(connection.pid))
    return found
