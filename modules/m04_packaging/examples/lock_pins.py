"""Does this environment match the lock? The question behind every "works on my machine"."""

import re
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)\s*(?:;\s*(.+?))?\s*\\?$")


def locked_versions(lock_text: str) -> dict[str, str]:
    """name -> pinned version, for the pins without an environment marker (the same on every machine)."""
    pins = {}
    for line in lock_text.splitlines():
        found = PIN.match(line)
        if found and not found.group(3):
            pins[found.group(1).lower()] = found.group(2)
    return pins


def drift(lock_text: str, names: list[str]) -> dict[str, tuple[str, str]]:
    """name -> (locked, installed) for each named package whose installed version is not the locked one."""
    pins = locked_versions(lock_text)
    differences = {}
    for name in names:
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "not installed"
        if pins.get(name) != installed:
            differences[name] = (pins.get(name, "not locked"), installed)
    return differences


if __name__ == "__main__":
    lock = Path("requirements.lock").read_text(encoding="utf-8")
    print(drift(lock, ["pandas", "scikit-learn", "skops"]) or "this environment matches the lock")
