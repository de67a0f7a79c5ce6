"""Is the course data here, and is it the version `data.dvc` names? Answered in milliseconds, without DVC."""

import hashlib
import json
from pathlib import Path

import yaml

from puente.errors import PuenteError
from puente.i18n import tr

PULL = tr("error.data_pull")
RESTORE_REMOTE = "git checkout -- .dvc/config dvc-remote"


def tracked_output(root: Path) -> dict:
    """The one output data.dvc tracks: its path and md5 (a `.dir` md5 for a folder)."""
    dvc_file = root / "data.dvc"
    if not dvc_file.is_file():
        raise PuenteError(tr("error.dvc_file_missing"), "git checkout -- data.dvc")
    return yaml.safe_load(dvc_file.read_text(encoding="utf-8"))["outs"][0]


def expected_files(root: Path) -> dict[str, str]:
    """relative path -> md5 of every file data.dvc tracks, read from DVC's directory listing."""
    out = tracked_output(root)
    digest = out["md5"]
    if not digest.endswith(".dir"):
        return {out["path"]: digest}
    stores = [root / ".dvc" / "cache"]
    remote = remote_folder(root)
    if remote is not None:
        stores.append(remote)
    for store in stores:
        listing = store / "files" / "md5" / digest[:2] / digest[2:]
        if listing.is_file():
            entries = json.loads(listing.read_text(encoding="utf-8"))
            return {f"{out['path']}/{entry['relpath']}": entry["md5"] for entry in entries}
    raise PuenteError(tr("error.remote_unreachable"), RESTORE_REMOTE)


def remote_folder(root: Path) -> Path | None:
    """The default remote's folder, resolved the way DVC does (relative to .dvc/); None for cloud remotes."""
    from configobj import ConfigObj

    remote_name, url = None, None
    for config_file in (root / ".dvc" / "config", root / ".dvc" / "config.local"):
        if not config_file.is_file():
            continue
        config = ConfigObj(str(config_file))
        remote_name = config.get("core", {}).get("remote", remote_name)
        for section, values in config.items():
            if remote_name and section == f'remote "{remote_name}"' and "url" in values:
                url = values["url"]
    if not remote_name or not url:
        raise PuenteError(tr("error.no_remote"), "git checkout -- .dvc/config")
    if "://" in url:
        return None
    return (root / ".dvc" / url).resolve()


def md5_of(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def check_data(root: Path) -> None:
    """Raise a PuenteError naming the first missing or changed data file and the command that fixes it."""
    folder = root / tracked_output(root)["path"]
    if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
        raise PuenteError(tr("error.data_not_here", what=f"{folder.name}/"), PULL)
    for relative, digest in expected_files(root).items():
        path = root / relative
        if not path.is_file():
            raise PuenteError(tr("error.data_file_missing", what=relative), PULL)
        if md5_of(path) != digest:
            raise PuenteError(tr("error.data_changed", what=relative), tr("error.data_checkout"))
