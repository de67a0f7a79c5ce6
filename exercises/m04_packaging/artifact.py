"""The model artifact: a skops file plus a JSON file of metadata that says what the model is.

The metadata answers an operator's questions without running anything: which model version,
trained on which data (the same md5 DVC records), how good it was, and with which library
versions. Loading checks the file against that record before it builds a single object.
"""

import hashlib
import json
import zipfile
from importlib.metadata import version
from pathlib import Path

import skops.io as sio

LIBRARIES = ("numpy", "scikit-learn", "skops")
# Beyond scikit-learn's own estimators, which skops trusts by default, our pipeline needs only this.
TRUSTED_TYPES = ["numpy.dtype"]


class ArtifactError(Exception):
    """The artifact cannot be used as it is; the message says why and what to do."""


def metadata_path(artifact: Path) -> Path:
    """model.skops -> model.json, next to it."""
    return Path(artifact).with_suffix(".json")


def file_digest(path: Path, algorithm: str) -> str:
    """The hex digest of a file's bytes: "md5" as DVC records data, "sha256" for the artifact."""
    with Path(path).open("rb") as file:
        return hashlib.file_digest(file, algorithm).hexdigest()


def library_versions() -> dict[str, str]:
    """The installed versions of the libraries that must match between saving and loading."""
    return {name: version(name) for name in LIBRARIES}


def save_artifact(model, artifact: Path, *, model_version: str, training_data: Path, metrics: dict[str, float]) -> dict:
    """Save the model with skops at `artifact`, its metadata at metadata_path(artifact); return the metadata."""
    # TODO: dump the model with skops, then write (and return) a dict with exactly these keys as JSON:
    #       model_version, training_data_md5 (md5 of training_data), metrics, libraries (library_versions()),
    #       artifact_sha256 (sha256 of the file you just wrote).
    return {}


def load_artifact(artifact: Path) -> tuple[object, dict]:
    """The model and its metadata, after checking the file's hash, the library versions and its types."""
    # TODO: read the metadata; raise ArtifactError when the artifact's sha256 differs from the recorded one,
    #       when a recorded library version differs from the installed one, when the file is not a skops
    #       file (zipfile.BadZipFile), or when it asks for types beyond TRUSTED_TYPES. Only then load it
    #       with skops, trusting TRUSTED_TYPES, and return (model, metadata). Never use pickle.
    return None, {}
