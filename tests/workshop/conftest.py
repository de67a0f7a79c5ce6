"""A real JupyterHub for a room of two, started with `puente workshop hub` on free loopback ports."""

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import websocket

from puente.workshop.settings import load_settings

WAIT_S = 900  # a busy machine starts Jupyter servers slowly: slow, never red


class Hub:
    def __init__(self, url: str, admin_token: str, process) -> None:
        self.url, self.process = url.rstrip("/"), process
        self.admin = {"Authorization": f"token {admin_token}"}

    def api(self, method: str, path: str, **kwargs) -> httpx.Response:
        return httpx.request(method, f"{self.url}/hub/api{path}", headers=self.admin, timeout=120, **kwargs)

    def log_in(self, name: str, password: str) -> httpx.Response:
        """The login form, as a browser posts it (with its _xsrf cookie)."""
        with httpx.Client(base_url=self.url, timeout=120) as browser:
            browser.get("/hub/login")
            return browser.post("/hub/login", data={"username": name, "password": password, "_xsrf": browser.cookies.get("_xsrf")})

    def start_server(self, name: str) -> str:
        """Spawn and wait until ready, watching the hub process too; returns a token for that learner."""
        assert self.api("POST", f"/users/{name}/server").status_code in (201, 202)
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "the hub stopped while a server was starting"
            server = self.api("GET", f"/users/{name}").json().get("servers", {}).get("")
            if server and server.get("ready"):
                return self.api("POST", f"/users/{name}/tokens", json={"note": "room test", "expires_in": 3600}).json()["token"]
            time.sleep(2)
        raise AssertionError(f"{name}'s server was not ready within {WAIT_S} s")


class Learner:
    def __init__(self, hub: Hub, name: str, token: str) -> None:
        self.hub, self.name = hub, name
        self.headers = {"Authorization": f"token {token}"}
        self.base = f"{hub.url}/user/{name}"

    def pull(self, query: str) -> list[dict]:
        """nbgitpuller's API (what the link's page calls): its progress events, to the end."""
        events = []
        with httpx.stream("GET", f"{self.base}/git-pull/api?{query}", headers=self.headers, timeout=WAIT_S) as response:
            assert response.status_code == 200, response.status_code
            for line in response.iter_lines():
                if line.startswith("data: "):
                    events.append(json.loads(line[6:]))
        return events

    def write_file(self, path: str, text: str) -> None:
        response = httpx.put(f"{self.base}/api/contents/{path}", headers=self.headers, timeout=120,
                             json={"type": "file", "format": "text", "content": text})
        assert response.status_code in (200, 201), response.text

    def read_file(self, path: str) -> str:
        response = httpx.get(f"{self.base}/api/contents/{path}", headers=self.headers, params={"type": "file", "format": "text"}, timeout=120)
        assert response.status_code == 200, response.text
        return response.json()["content"]

    def run(self, code: str) -> str:
        """Execute code in a fresh kernel of the learner's server; returns what it printed."""
        kernel = httpx.post(f"{self.base}/api/kernels", headers=self.headers, json={"name": "python3"}, timeout=120).json()["id"]
        url = f"{self.base.replace('http://', 'ws://')}/api/kernels/{kernel}/channels"
        channel = websocket.create_connection(url, header=[f"Authorization: {self.headers['Authorization']}"], timeout=WAIT_S)
        try:
            return _execute(channel, code)
        finally:
            channel.close()
            httpx.delete(f"{self.base}/api/kernels/{kernel}", headers=self.headers, timeout=120)


def _execute(channel, code: str) -> str:
    msg_id = uuid.uuid4().hex
    header = {"msg_id": msg_id, "username": "", "session": uuid.uuid4().hex, "msg_type": "execute_request", "version": "5.3"}
    content = {"code": code, "silent": False, "store_history": False, "user_expressions": {}, "allow_stdin": False}
    channel.send(json.dumps({"header": header, "parent_header": {}, "metadata": {}, "content": content, "channel": "shell"}))
    printed = []
    while True:
        message = json.loads(channel.recv())
        if message.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])
        elif message["msg_type"] == "error":
            printed.append(f"{message['content']['ename']}: {message['content']['evalue']}")
        elif message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            return "".join(printed)

ROOM = """[room]
size = 2
user_prefix = "learner"
admins = []

[hub]
ip = "127.0.0.1"
port = {port}
spawner = "simple"

[limits]
memory = "2G"
cpus = 1.0
idle_minutes = 30

[course]
repository = "{repository}"
branch = "{branch}"
folder = "puente"
open = "lab/tree/puente/modules/m01_notebooks/analyst_notebook.ipynb"
"""


def free_port_block(size: int = 3) -> int:
    """A port P with P, P+1 and P+2 free: the hub, its internal API and the proxy's API."""
    for _ in range(200):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port + size < 65000 and all(_free(port + offset) for offset in range(size)):
            return port
    raise RuntimeError("no block of free loopback ports")


def _free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@pytest.fixture
def room(course_root: Path, tmp_path_factory):
    if not (course_root / "node_modules" / ".bin" / "configurable-http-proxy").is_file():
        pytest.fail("configurable-http-proxy is missing: run `make tools` (npm installs it into node_modules/)", pytrace=False)
    folder = tmp_path_factory.mktemp("room")
    branch = subprocess.run(["git", "rev-parse", "--abbrev-ref", "HEAD"], cwd=course_root, capture_output=True, text=True, check=True).stdout.strip()
    port = free_port_block()
    settings_file = folder / "hub.toml"
    settings_file.write_text(ROOM.format(port=port, repository=str(course_root).replace("\\", "\\\\"), branch=branch), encoding="utf-8")
    password, token = secrets.token_urlsafe(12), secrets.token_hex(24)
    env = {**os.environ, "PUENTE_HUB_PASSWORD": password, "PUENTE_HUB_API_TOKEN": token}
    state = folder / "state"
    log = (folder / "hub.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "puente", "workshop", "hub", "--settings", str(settings_file), "--state", str(state), "--port", str(port)],
        cwd=course_root, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    hub = Hub(f"http://127.0.0.1:{port}", token, process)
    try:
        _wait_for_api(hub, folder / "hub.log")
        yield Room(hub, password, load_settings(course_root, settings_file), state, port)
    finally:
        _stop(hub, process)
        log.close()


@dataclass
class Room:
    hub: Hub
    password: str
    settings: object
    state: Path
    port: int

    def learner(self, name: str) -> Learner:
        return Learner(self.hub, name, self.hub.start_server(name))

    def stop(self) -> None:
        _stop(self.hub, self.hub.process)

    def leftovers(self) -> list[str]:
        """Processes of this room still alive: anything working in its state folder or on its ports."""
        import psutil

        found = []
        for process in psutil.process_iter(["pid", "cmdline", "cwd"]):
            cmdline, cwd = process.info["cmdline"] or [], process.info["cwd"] or ""
            if cwd.startswith(str(self.state)) or any(str(self.port) in arg for arg in cmdline):
                found.append(f"{process.info['pid']} {' '.join(cmdline)[:120]}")
        return found


def _wait_for_api(hub: Hub, log: Path) -> None:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if hub.process.poll() is not None:
            pytest.fail(f"the hub stopped at start:\n{log.read_text()[-3000:]}", pytrace=False)
        try:
            if httpx.get(f"{hub.url}/hub/api/", timeout=10).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    pytest.fail(f"the hub did not answer within {WAIT_S} s:\n{log.read_text()[-3000:]}", pytrace=False)


def _stop(hub: Hub, process) -> None:
    """Stop every learner's server through the API, then the hub (which stops its proxy and services)."""
    if process.poll() is None:
        for user in hub.api("GET", "/users").json():
            if user.get("servers"):
                hub.api("DELETE", f"/users/{user['name']}/server")
        os.killpg(process.pid, signal.SIGINT)  # Ctrl+C in the instructor's terminal reaches the whole group
        try:
            process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=60)
