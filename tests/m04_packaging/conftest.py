"""Fixtures shared by the packaging tests: the scoring package in a workspace, a real wheel build, a fresh venv.

Everything runs offline: the wheel is built without isolation (hatchling is in the course
environment), and the fresh venv reaches the course's libraries through a .pth file, so that
installing the wheel with --no-deps needs no index.
"""

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from puente.i18n import say

PACKAGE = "scoring_package"
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "dist", "build")


def run(command: list, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True, text=True, timeout=120)


def copy_if_absent(source: str, destination: str) -> None:
    """Never overwrite a file the workspace already holds: those are the learner's own."""
    if not Path(destination).exists():
        shutil.copy2(source, destination)


def build_wheel(package_dir: Path) -> Path:
    """Build the package's wheel for real (python -m build, no isolation, no network); return its path."""
    result = run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", "dist", "."], cwd=package_dir)
    wheels = sorted((package_dir / "dist").glob("*.whl"))
    if result.returncode != 0 or not wheels:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-8:])
        raise AssertionError(say(en="`python -m build --wheel` failed on your pyproject.toml:\n{tail}",
                                 es="`python -m build --wheel` falló con su pyproject.toml:\n{tail}", tail=tail))
    return wheels[0]


def install_in_fresh_venv(wheel: Path, venv: Path) -> Path:
    """Make a new venv that sees the course's libraries, install the wheel offline; return its bin folder."""
    created = run([sys.executable, "-m", "venv", "--without-pip", venv])
    assert created.returncode == 0, say(en="making a virtual environment failed:\n{error}", es="falló la creación de un entorno virtual:\n{error}", error=created.stderr)
    site_packages = next((venv / "lib").glob("python3*/site-packages"))
    (site_packages / "course-libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    python = venv / "bin" / "python"
    installed = run([sys.executable, "-m", "uv", "pip", "install", "--offline", "--no-cache", "--no-deps", "--python", python, wheel])
    assert installed.returncode == 0, say(en="installing the wheel failed:\n{error}", es="falló la instalación del wheel:\n{error}", error=installed.stderr)
    return venv / "bin"


@pytest.fixture
def scoring_package(workspace: Path, target_dir: Path) -> Path:
    """The learner's files from the workspace, completed with the package's given files from the target tree."""
    given = target_dir / "m04_packaging" / PACKAGE
    shutil.copytree(given, workspace / PACKAGE, ignore=IGNORED, dirs_exist_ok=True, copy_function=copy_if_absent)
    return workspace / PACKAGE


@pytest.fixture(scope="module")
def installed_package(target_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """Build the target's package and install it in a fresh venv, once per test file; call it for the bin folder.

    A build failure is raised again in every test that calls it, so each test fails (not errors) on a stub.
    """
    outcome: dict = {}

    def bin_dir() -> Path:
        if not outcome:
            folder = tmp_path_factory.mktemp("installed")
            shutil.copytree(target_dir / "m04_packaging" / PACKAGE, folder / PACKAGE, ignore=IGNORED)
            try:
                outcome["bin"] = install_in_fresh_venv(build_wheel(folder / PACKAGE), folder / "fresh-venv")
            except AssertionError as error:
                outcome["error"] = AssertionError(say(en="this needs the pyproject.toml of exercise package_metadata first. {error}",
                                                      es="esto necesita primero el pyproject.toml del ejercicio package_metadata. {error}", error=error))

        if "error" in outcome:
            raise outcome["error"]
        return outcome["bin"]

    return bin_dir


@pytest.fixture
def wheel_text():
    """Read a file of a wheel's .dist-info folder, e.g. "METADATA" or "entry_points.txt" ("" when absent)."""

    def read(wheel: Path, name: str) -> str:
        with zipfile.ZipFile(wheel) as archive:
            found = [n for n in archive.namelist() if n.split("/")[0].endswith(".dist-info") and n.endswith("/" + name)]
            return archive.read(found[0]).decode() if found else ""

    return read


@pytest.fixture
def wheel_of():
    """build_wheel as a fixture, for tests that build the learner's package from their workspace."""
    return build_wheel
