"""Is the course data here, and is it the version `data.dvc` names? Answered in milliseconds, without DVC."""

import hashlib
import json
from pathlib import Path

import yaml

from puente.errors import PuenteError

PULL = "make data  (or: dvc pull data.dvc)"


def expected_files(root: Path) -> dict[str, str]:
    """relative path -> md5 of every file data.dvc tracks, read from DVC's directory listing."""
    dvc_file = root / "data.dvc"
    if not dvc_file.is_file():
        raise PuenteError("data.dvc is missing", "git checkout -- data.dvc")
    out = yaml.safe_load(dvc_file.read_text(encoding="utf-8"))["outs"][0]
    digest = out["md5"]
    if not digest.endswith(".dir"):
        return {out["path"]: digest}
    for store in (root / ".dvc" / "cache" / "files" / "md5", root / "dvc-remote" / "files" / "md5"):
        listing = store / digest[:2] / digest[2:]
        if listing.is_file():
            entries = json.loads(listing.read_text(encoding="utf-8"))
            return {f"{out['path']}/{entry['relpath']}": entry["md5"] for entry in entries}
    raise PuenteError("the DVC remote has no copy of the data that data.dvc names", "git checkout -- dvc-remote data.dvc")


def md5_of(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def check_data(root: Path) -> None:
    """Raise a PuenteError naming the first missing or changed data file and the command that fixes it."""
    for relative, digest in expected_files(root).items():
        path = root / relative
        if not path.is_file():
            raise PuenteError(f"the course data is not here ({relative} is missing)", PULL)
        if md5_of(path) != digest:
            raise PuenteError(
                f"{relative} no longer matches data.dvc (it was changed)",
                "dvc checkout --force data.dvc  (restores the course version; copy your file elsewhere first if you need it)",
            )
