"""`puente workshop pack OUT`: everything a laptop in a room with no network needs, built where there is one.

- wheels/: every locked package for this machine's platform (`pip download` from requirements.lock,
  hashes checked: a wheel where the registry has one, else the source archive the lock pins, such as
  antlr4-python3-runtime 4.9.3 that DVC needs), the installer uv included, and the build backends
  (setuptools, wheel) that build those sources on the laptop without a network. Build the pack on the
  room's platform (Linux for Linux laptops and WSL; a Mac for Macs);
- course.bundle: the course as a git bundle (the DVC remote folder, and so the data, is inside it);
- install.sh and README.txt: the exact commands for each laptop.
"""

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from puente.errors import PuenteError

DOWNLOAD_TIMEOUT_S = 3600
BUILD_BACKENDS = ("setuptools", "wheel")
INSTALL = """#!/usr/bin/env bash
# Install the course on a laptop with no network, from this pack. Usage: bash install.sh [FOLDER]
# ES: Instala el curso en un portátil sin red, desde este paquete. Uso: bash install.sh [CARPETA]
set -euo pipefail
pack="$(cd "$(dirname "$0")" && pwd)"
target="${1:-puente}"
git clone --quiet --branch "{branch}" "$pack/course.bundle" "$target"
cd "$target"
export PIP_NO_INDEX=1 PIP_FIND_LINKS="$pack/wheels" UV_OFFLINE=1 UV_NO_INDEX=1 UV_FIND_LINKS="$pack/wheels"
make start
"""
README = """Puente for a room with no network / Puente para un salón sin red

On each laptop (Linux, macOS or WSL with Python 3.11, git and make):
En cada portátil (Linux, macOS o WSL con Python 3.11, git y make):

    bash {folder}/install.sh "Mis cursos/puente"

Then / Luego:  cd "Mis cursos/puente" && .venv/bin/puente check
Wheels for: {platform}. Built from commit {commit}.
"""


@dataclass
class Pack:
    folder: Path
    wheels: int  # wheels and source archives
    megabytes: float


def build_pack(root: Path, out: Path, console: Console) -> Pack:
    out = out.resolve()
    if out.exists() and any(out.iterdir()):
        raise PuenteError(f"{out} is not empty", "give `puente workshop pack` a new folder")
    wheels = out / "wheels"
    wheels.mkdir(parents=True)
    console.print("Downloading every locked package: this needs the network, once…")
    lock = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps", "--require-hashes",
            "-r", str(root / "requirements.lock"), "--dest", str(wheels)]
    _run(lock, root, DOWNLOAD_TIMEOUT_S, "the packages could not be downloaded", "check the network, then run `puente workshop pack` again")
    # a package the registry has only as source is built on the laptop: its build backends come along
    backends = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--only-binary=:all:",
                "--dest", str(wheels), *BUILD_BACKENDS]
    _run(backends, root, DOWNLOAD_TIMEOUT_S, "the build backends could not be downloaded", "check the network, then try again")
    branch = _git(root, "rev-parse", "--abbrev-ref", "HEAD")
    _run(["git", "bundle", "create", str(out / "course.bundle"), branch], root, 600, "git could not bundle the course", "commit your work, then try again")
    (out / "install.sh").write_text(INSTALL.replace("{branch}", branch), encoding="utf-8")
    (out / "install.sh").chmod(0o755)
    platform = f"CPython {sys.version_info.major}.{sys.version_info.minor}, {sys.platform} {_machine()}"
    (out / "README.txt").write_text(README.format(folder=out.name, platform=platform, commit=_git(root, "rev-parse", "--short", "HEAD")), encoding="utf-8")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return Pack(out, len(list(wheels.iterdir())), size / 1e6)


def _machine() -> str:
    import platform

    return platform.machine()


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout.strip()


def _run(command: list[str], cwd: Path, timeout: int, problem: str, fix: str) -> None:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise PuenteError(f"{problem}: {last}", fix)
