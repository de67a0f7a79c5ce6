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
    sio.dump(model, artifact)
    metadata = {
        "model_version": model_version,
        "training_data_md5": file_digest(training_data, "md5"),
        "metrics": metrics,
        "libraries": library_versions(),
        "artifact_sha256": file_digest(artifact, "sha256"),
    }
    metadata_path(artifact).write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    return metadata


def load_artifact(artifact: Path) -> tuple[object, dict]:
    """The model and its metadata, after checking the file's hash, the library versions and its types."""
    try:
        metadata = json.loads(metadata_path(artifact).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArtifactError(f"{metadata_path(artifact)} is missing; save the model with save_artifact") from None
    if file_digest(artifact, "sha256") != metadata["artifact_sha256"]:
        raise ArtifactError(f"{artifact} does not match the sha256 hash in its metadata; it changed after saving")
    installed = library_versions()
    for name, saved in metadata["libraries"].items():
        if installed.get(name) != saved:
            raise ArtifactError(f"{artifact} was saved with {name} {saved}, this environment has {installed.get(name)}; install the locked versions")
    try:
        unexpected = sorted(set(sio.get_untrusted_types(file=artifact)) - set(TRUSTED_TYPES))
    except zipfile.BadZipFile:
        raise ArtifactError(f"{artifact} is not a skops file; never load it") from None
    if unexpected:
        raise ArtifactError(f"{artifact} asks for types we do not trust ({', '.join(unexpected)}); never load it")
    return sio.load(artifact, trusted=TRUSTED_TYPES), metadata
