"""The training data's fingerprint: the md5 DVC already records for every file it tracks."""

import hashlib
import json
from pathlib import Path

import yaml


def file_md5(path: Path) -> str:
    with Path(path).open("rb") as file:
        return hashlib.file_digest(file, "md5").hexdigest()


def dvc_recorded_md5(root: Path, tracked: str, file_name: str) -> str:
    """The md5 of one file inside a folder tracked by `<tracked>.dvc`, read from DVC's cache."""
    folder_md5 = yaml.safe_load((root / f"{tracked}.dvc").read_text())["outs"][0]["md5"]
    listing = root / ".dvc" / "cache" / "files" / "md5" / folder_md5[:2] / folder_md5[2:]
    entries = json.loads(listing.read_text())
    return next(entry["md5"] for entry in entries if entry["relpath"] == file_name)


if __name__ == "__main__":
    print(file_md5(Path("data/credit_data.csv")), dvc_recorded_md5(Path("."), "data", "credit_data.csv"))
