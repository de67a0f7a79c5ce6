"""Save and load the model folder the serving module serves: skops, never pickle.

`artifacts/model/` holds `model.skops` and `metadata.json`. The metadata records the model
file's SHA-256 and the library versions, so that a swapped or corrupted file, or a model
trained with another scikit-learn, is refused with a clear error instead of predicting nonsense.
The `decision` entry holds the approval cut-off, its version and the costs it was chosen from
(see credit_scoring.decision).
"""

import hashlib
import io
import json
import platform
import zipfile
from pathlib import Path
from typing import Any

import numpy
import pandas
import sklearn
import skops.io
from sklearn.pipeline import Pipeline

MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
"""Every zip entry's timestamp, so that the same model gives the same bytes (and `dvc.lock` stays unchanged)."""
SIGNIFICANT_DIGITS = 7
"""How many significant digits every stored number keeps. The same training on another CPU differs from
the 12th digit on (its BLAS adds in another order: measured 1e-12 relative across six OpenBLAS kernels),
so numbers kept to 7 digits give the same bytes on every machine, and predictions move by under 1e-6."""
TRUSTED_TYPES = ["numpy.dtype", "sklearn.calibration._CalibratedClassifier", "sklearn.calibration._SigmoidCalibration"]
"""Types a (calibrated) credit-scoring Pipeline needs beyond what skops trusts by default; nothing else loads."""


class ModelArtifactError(ValueError):
    """The model folder cannot be trusted or read; the message names the fix."""


def library_versions() -> dict[str, str]:
    """The versions that must match between training and serving."""
    return {
        "scikit-learn": sklearn.__version__,
        "numpy": numpy.__version__,
        "pandas": pandas.__version__,
        "python": platform.python_version(),
    }


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_model(model: Pipeline, folder: Path, metadata: dict[str, Any]) -> None:
    """Write `model.skops` and `metadata.json` into `folder`.

    `metadata` gives at least `data_md5` and `metrics` (and, from the train stage, `decision`); this function adds the feature names
    (from the fitted model), the library versions, the model file's SHA-256 and, unless given,
    a `model_version` made of the first 12 characters of that hash.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    model_path = folder / MODEL_FILE
    model_path.write_bytes(reproducible_skops(model))
    sha256 = file_sha256(model_path)
    record = {
        "model_version": sha256[:12],
        "data_md5": None,
        "metrics": {},
        "feature_names": [str(name) for name in getattr(model, "feature_names_in_", [])],
        **metadata,
        "model_sha256": sha256,
        "libraries": library_versions(),
    }
    (folder / METADATA_FILE).write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def significant(value: float) -> float:
    """`value` kept to SIGNIFICANT_DIGITS digits, rounded by Python's exact decimal formatting (the same everywhere)."""
    return float(f"{value:.{SIGNIFICANT_DIGITS}g}")


def stored_model(model: Pipeline) -> Pipeline:
    """The model exactly as `save_model` stores it (numbers to SIGNIFICANT_DIGITS): choose its cut-off on this one."""
    return skops.io.loads(reproducible_skops(model), trusted=TRUSTED_TYPES)


def rounded_array(data: bytes) -> bytes:
    """An `.npy` file of floats rewritten with every number to SIGNIFICANT_DIGITS; any other array unchanged."""
    array = numpy.load(io.BytesIO(data), allow_pickle=False)
    if array.dtype.kind != "f":
        return data
    rounded = numpy.array([significant(float(value)) for value in array.ravel()], dtype=array.dtype).reshape(array.shape)
    buffer = io.BytesIO()
    numpy.save(buffer, rounded, allow_pickle=False)
    return buffer.getvalue()


def reproducible_skops(model: Pipeline) -> bytes:
    """`skops.io.dumps`, made byte-reproducible: the same model always gives the same bytes.

    skops names array files and memo ids after `id(obj)` (a memory address) and stamps each zip entry
    with the current time; here ids are numbered in schema order, files are named after that number,
    every entry gets one fixed timestamp, and float arrays keep SIGNIFICANT_DIGITS (so another CPU's
    last digits do not change the bytes).
    """
    original = zipfile.ZipFile(io.BytesIO(skops.io.dumps(model)))
    entries = set(original.namelist())
    ids: dict[int, int] = {}
    files: dict[str, str] = {}

    def canonical(node: Any) -> Any:
        if isinstance(node, list):
            return [canonical(item) for item in node]
        if not isinstance(node, dict):
            return node
        result = {}
        for key, value in node.items():
            if key == "__id__" and isinstance(value, int):
                result[key] = ids.setdefault(value, len(ids) + 1)
            elif key == "file" and isinstance(value, str) and value in entries:
                result[key] = files.setdefault(value, f"{len(files) + 1:04d}{Path(value).suffix}")
            else:
                result[key] = canonical(value)
        return result

    schema = canonical(json.loads(original.read("schema.json")))
    unnamed = entries - set(files) - {"schema.json"}
    if unnamed:
        raise ModelArtifactError(f"skops wrote files the schema does not name ({', '.join(sorted(unnamed))}): update reproducible_skops")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in [("schema.json", json.dumps(schema, indent=2).encode()),
                           *((new, rounded_array(original.read(old)) if new.endswith(".npy") else original.read(old)) for old, new in sorted(files.items(), key=lambda item: item[1]))]:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = original.getinfo("schema.json").compress_type
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def read_metadata(folder: Path) -> dict[str, Any]:
    path = Path(folder) / METADATA_FILE
    if not path.is_file():
        raise ModelArtifactError(f"{path} is missing: rebuild the model with `dvc repro train`")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ModelArtifactError(f"{path} is not valid JSON ({error}): rebuild the model with `dvc repro train`") from error


def load_model(folder: Path) -> tuple[Pipeline, dict[str, Any]]:
    """Load the model and its metadata, refusing a tampered file or another scikit-learn version."""
    folder = Path(folder)
    model_path = folder / MODEL_FILE
    if not model_path.is_file():
        raise ModelArtifactError(
            f"{model_path} is missing: run `dvc repro` (or `dvc pull`) to build the model folder"
        )
    metadata = read_metadata(folder)
    recorded = metadata.get("model_sha256")
    actual = file_sha256(model_path)
    if recorded != actual:
        raise ModelArtifactError(
            f"{model_path} does not match the SHA-256 in {METADATA_FILE} (recorded {recorded}, found {actual}): "
            "the file was changed after training; rebuild it with `dvc repro train` or restore it with `dvc checkout`"
        )
    trained_with = metadata.get("libraries", {}).get("scikit-learn")
    if trained_with != sklearn.__version__:
        raise ModelArtifactError(
            f"the model was trained with scikit-learn {trained_with} but {sklearn.__version__} is installed: "
            "retrain it with `dvc repro train`, or install the locked versions with `make setup`"
        )
    untrusted = [name for name in skops.io.get_untrusted_types(file=model_path) if name not in TRUSTED_TYPES]
    if untrusted:
        raise ModelArtifactError(
            f"{model_path} holds types that are not trusted ({', '.join(untrusted)}): "
            "only a scikit-learn Pipeline saved by credit_scoring.model_artifact.save_model loads"
        )
    return skops.io.load(model_path, trusted=TRUSTED_TYPES), metadata
