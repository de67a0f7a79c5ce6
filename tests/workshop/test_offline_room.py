"""A room with no network, rehearsed: a pack built here installs and starts the course inside a network
namespace that has nothing but loopback; `make start`, `puente check` and `make lab` work there."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

# runs inside `unshare --net`: only the loopback interface exists, and it is brought up first
ROOM = r"""
set -euo pipefail
ip link set lo up
if python3 -c 'import socket; socket.create_connection(("pypi.org", 443), timeout=5)' 2>/dev/null; then
  echo "NETWORK REACHABLE"; exit 3
fi
started=$(date +%s)
bash "$PACK/install.sh" "$LAPTOP/Mis cursos/año 2026/puente"
echo "install seconds: $(( $(date +%s) - started ))"
cd "$LAPTOP/Mis cursos/año 2026/puente"
cp solutions/m00_welcome/first_look.py exercises/m00_welcome/first_look.py
NO_COLOR=1 .venv/bin/puente check first_look
# its own session and process group, and no pipe of ours: stopping the group stops JupyterLab too
setsid make lab > lab.log 2>&1 < /dev/null &
lab=$!
for attempt in $(seq 1 600); do
  if curl -sf -o /dev/null http://127.0.0.1:8888/lab; then echo "LAB ANSWERS"; break; fi
  if ! kill -0 "$lab" 2>/dev/null; then cat lab.log; exit 4; fi
  sleep 1
done
kill -INT -- "-$lab" 2>/dev/null || true
for attempt in $(seq 1 60); do kill -0 -- "-$lab" 2>/dev/null || break; sleep 1; done
kill -KILL -- "-$lab" 2>/dev/null || true
"""


@pytest.mark.timeout(3600)  # a first offline install compiles every package's bytecode: minutes, not seconds
def test_a_laptop_installs_and_works_with_no_network(course_root: Path, tmp_path: Path):
    for tool in ("unshare", "ip", "curl", "git", "make"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: `apt-get install -y util-linux iproute2 curl git make`", pytrace=False)
    pack = tmp_path / "pack"
    built = subprocess.run([sys.executable, "-m", "puente", "workshop", "pack", str(pack)], cwd=course_root,
                           capture_output=True, text=True, timeout=3600)
    assert built.returncode == 0, built.stdout + built.stderr
    assert (pack / "course.bundle").is_file() and len(list((pack / "wheels").glob("*.whl"))) > 100
    megabytes = sum(p.stat().st_size for p in pack.rglob("*") if p.is_file()) / 1e6

    laptop = tmp_path / "laptop"
    laptop.mkdir()
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(laptop), "PACK": str(pack), "LAPTOP": str(laptop),
           "LANG": "C.UTF-8", "PIP_CACHE_DIR": str(laptop / "pip-cache"), "UV_CACHE_DIR": str(laptop / "uv-cache"),
           "PYTHON": sys._base_executable,
           "UV_COMPILE_BYTECODE": "0"}  # compiling every package's bytecode costs ~85 s of CPU and needs no network
    started = time.monotonic()
    room = subprocess.run(["unshare", "--net", "bash", "-c", f"export PATH={Path(sys._base_executable).parent}:$PATH; {ROOM}"],
                          env=env, capture_output=True, text=True, timeout=3000, stdin=subprocess.DEVNULL)
    seconds = time.monotonic() - started
    output = room.stdout + room.stderr
    assert room.returncode == 0, output[-4000:]
    assert "NETWORK REACHABLE" not in output
    assert "All 3 tests pass" in output or "3 de 3" in output, output[-3000:]
    assert "LAB ANSWERS" in output, output[-3000:]
    print(f"pack: {megabytes:.0f} MB; offline install, check and lab: {seconds:.0f} s")
