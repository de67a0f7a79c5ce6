"""Read one stage's section of `params.yaml`, the file `dvc repro` watches for changes."""

from pathlib import Path
from typing import Any

import yaml

PARAMS_FILE = Path("params.yaml")


def read_params(section: str, path: Path = PARAMS_FILE) -> dict[str, Any]:
    """The `section` mapping of params.yaml, with a clear error when the file or section is missing."""
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run the stage from the repository root (`dvc repro`)")
    params = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if section not in params:
        raise KeyError(f"{path} has no `{section}:` section: add it (see the course's params.yaml)")
    return params[section]
