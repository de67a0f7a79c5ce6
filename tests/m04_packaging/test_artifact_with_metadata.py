"""Exercise artifact_with_metadata: save the model with its metadata, and load it only when everything checks out."""

import hashlib
import json
import pickle
from importlib.metadata import version

import pandas as pd
import pytest
import skops.io as sio
from m04_packaging.artifact import ArtifactError, load_artifact, metadata_path, save_artifact
from sklearn.linear_model import LogisticRegression

from puente.i18n import say

FEATURES = ["seniority", "time", "age", "expenses", "amount", "price"]
METRICS = {"roc_auc": 0.81, "accuracy": 0.78}
PAYLOAD_MODULE = '''
from pathlib import Path


class Payload:
    """Stands for an attacker's object: building it writes a file, as real malware would run a command."""

    def __setstate__(self, state):
        Path(state["marker"]).write_text("tampered code ran")
'''


class OpenOnUnpickle:
    """A pickle payload: unpickling it calls open(marker, "w"), i.e. runs code the file chose."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


@pytest.fixture
def applications(credit_data_path):
    return pd.read_csv(credit_data_path)


def train(applications, rows=None):
    sample = applications.head(rows) if rows else applications
    return LogisticRegression(max_iter=500).fit(sample[FEATURES], sample["status"] == "bad")


@pytest.fixture
def saved(applications, credit_data_path, tmp_path):
    """(path, model, metadata) of an artifact saved by the learner's save_artifact."""
    model, path = train(applications), tmp_path / "model.skops"
    metadata = save_artifact(model, path, model_version="2026.11.1", training_data=credit_data_path, metrics=METRICS)
    return path, model, metadata


def forge_hash(path):
    """What an attacker who can write the artifact can also do: make the metadata agree with the new file."""
    assert metadata_path(path).is_file(), say(en="save_artifact wrote no model.json next to the model", es="save_artifact no escribió model.json al lado del modelo")
    metadata = json.loads(metadata_path(path).read_text())
    metadata["artifact_sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    metadata_path(path).write_text(json.dumps(metadata))


def test_metadata_round_trips(saved, applications, credit_data_path):
    path, model, metadata = saved
    assert path.is_file() and metadata_path(path).is_file(), say(en="save_artifact should write model.skops and model.json", es="save_artifact debe escribir model.skops y model.json")
    expected = {
        "model_version": "2026.11.1",
        "training_data_md5": hashlib.md5(credit_data_path.read_bytes()).hexdigest(),
        "metrics": METRICS,
        "libraries": {name: version(name) for name in ("numpy", "scikit-learn", "skops")},
        "artifact_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
    }
    assert metadata == expected, say(en="save_artifact returned {got}, expected {expected}", es="save_artifact devolvió {got}; se esperaba {expected}", got=metadata, expected=expected)
    assert json.loads(metadata_path(path).read_text()) == expected, say(en="model.json should hold the same metadata", es="model.json debe tener los mismos metadatos")
    loaded, loaded_metadata = load_artifact(path)
    assert loaded_metadata == expected, say(en="load_artifact should return the metadata it read", es="load_artifact debe devolver los metadatos que leyó")
    assert loaded.predict_proba(applications[FEATURES]).tolist() == model.predict_proba(applications[FEATURES]).tolist(), say(
        en="the loaded model must predict exactly what the saved one did", es="el modelo cargado debe predecir exactamente lo mismo que el guardado"
    )


def test_refuses_an_artifact_that_changed_after_saving(saved, applications):
    path, _, _ = saved
    sio.dump(train(applications, rows=100), path)
    with pytest.raises(ArtifactError, match="sha256|hash"):
        load_artifact(path)


def test_refuses_other_library_versions(saved):
    path, _, _ = saved
    metadata = json.loads(metadata_path(path).read_text())
    metadata["libraries"]["scikit-learn"] = "0.24.2"
    metadata_path(path).write_text(json.dumps(metadata))
    with pytest.raises(ArtifactError, match="scikit-learn"):
        load_artifact(path)


def test_never_runs_a_pickle_disguised_as_the_artifact(saved, tmp_path):
    path, marker = saved[0], tmp_path / "pwned.txt"
    path.write_bytes(pickle.dumps(OpenOnUnpickle(marker)))
    forge_hash(path)
    with pytest.raises(ArtifactError):
        load_artifact(path)
    assert not marker.exists(), say(en="loading the artifact ran the code inside it: never use pickle", es="cargar el artefacto ejecutó el código que traía dentro: nunca use pickle")


def test_never_builds_types_it_does_not_trust(saved, tmp_path, monkeypatch):
    path, marker = saved[0], tmp_path / "pwned.txt"
    (tmp_path / "tampering_payload.py").write_text(PAYLOAD_MODULE)
    monkeypatch.syspath_prepend(str(tmp_path))
    from tampering_payload import Payload

    payload = Payload()
    payload.marker = str(marker)
    sio.dump(payload, path)
    forge_hash(path)
    with pytest.raises(ArtifactError, match="tampering_payload.Payload"):
        load_artifact(path)
    assert not marker.exists(), say(en="loading built an untrusted type and ran its code: trust only TRUSTED_TYPES", es="la carga construyó un tipo no confiable y ejecutó su código: confíe solo en TRUSTED_TYPES")

