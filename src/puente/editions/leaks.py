"""Solutions found by content, not by name: a renamed or copied solution file is still caught.

A file of `solutions/` counts when its bytes differ from its stub in `exercises/` (an empty
`__init__.py` is the same in both trees and gives nothing away).
"""

import hashlib
from pathlib import Path


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def solution_hashes(root: Path, files: list[str]) -> dict[str, str]:
    """sha256 -> solution path, for every file of solutions/ that differs from its stub."""
    hashes = {}
    for relative in files:
        if not relative.startswith("solutions/"):
            continue
        content = (root / relative).read_bytes()
        stub = root / "exercises" / relative.removeprefix("solutions/")
        if content.strip() and not (stub.is_file() and stub.read_bytes() == content):
            hashes[sha256(content)] = relative
    return hashes


def find_leaks(edition: Path, hashes: dict[str, str]) -> list[str]:
    """'<edition file> is <solution file>' for every file of the edition whose bytes are a solution's."""
    leaks = []
    for path in sorted(p for p in edition.rglob("*") if p.is_file() and ".git" not in p.relative_to(edition).parts):
        solution = hashes.get(sha256(path.read_bytes()))
        if solution:
            leaks.append(f"{path.relative_to(edition).as_posix()} is {solution}")
    return leaks
