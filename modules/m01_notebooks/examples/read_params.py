"""Read params.yaml next to the code, and resolve its paths against that folder, not the laptop."""

from pathlib import Path

import yaml

HERE = Path(__file__).parent


def read_params(folder: Path = HERE) -> dict:
    path = folder / "params.yaml"
    if not path.is_file():
        raise SystemExit(f"no params.yaml in {folder}: create one with data, seed and test_size")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def data_path(params: dict, folder: Path = HERE) -> Path:
    """The same file wherever Python was started from: relative to params.yaml, not to the working folder."""
    return (folder / params["data"]).resolve()
