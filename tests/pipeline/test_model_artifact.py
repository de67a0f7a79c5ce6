import json

import pandas as pd
import pytest

from credit_scoring.model_artifact import ModelArtifactError, load_model, save_model, stored_model
from credit_scoring.schema import FEATURE_COLUMNS
from credit_scoring.train import fit_model


@pytest.fixture(scope="module")
def saved(credit_data_path, tmp_path_factory):
    applications = pd.read_csv(credit_data_path, nrows=400)
    model = fit_model(applications)
    folder = tmp_path_factory.mktemp("model")
    save_model(model, folder, {"data_md5": "abc.dir", "metrics": {"roc_auc": 0.8}})
    return model, folder, applications


def test_round_trip_gives_the_same_predictions_and_metadata(saved):
    model, folder, applications = saved
    loaded, metadata = load_model(folder)
    features = applications[list(FEATURE_COLUMNS)]
    assert (loaded.predict_proba(features) == stored_model(model).predict_proba(features)).all()
    assert abs(loaded.predict_proba(features) - model.predict_proba(features)).max() < 1e-5, "7 digits move predictions by under 1e-5"
    assert metadata["data_md5"] == "abc.dir" and metadata["metrics"] == {"roc_auc": 0.8}
    assert metadata["feature_names"] == list(FEATURE_COLUMNS)
    assert set(metadata["libraries"]) == {"scikit-learn", "numpy", "pandas", "python"}
    assert metadata["model_version"] == metadata["model_sha256"][:12]


def copy_of(folder, tmp_path):
    for name in ("model.skops", "metadata.json"):
        (tmp_path / name).write_bytes((folder / name).read_bytes())
    return tmp_path


def test_a_changed_model_file_is_refused(saved, tmp_path):
    folder = copy_of(saved[1], tmp_path)
    (folder / "model.skops").write_bytes((folder / "model.skops").read_bytes() + b"\0")
    with pytest.raises(ModelArtifactError, match="does not match the SHA-256"):
        load_model(folder)


def test_another_scikit_learn_version_is_refused(saved, tmp_path):
    folder = copy_of(saved[1], tmp_path)
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["libraries"]["scikit-learn"] = "0.24.2"
    (folder / "metadata.json").write_text(json.dumps(metadata))
    with pytest.raises(ModelArtifactError, match="trained with scikit-learn 0.24.2"):
        load_model(folder)


def test_a_missing_folder_says_how_to_build_it(tmp_path):
    with pytest.raises(ModelArtifactError, match="dvc repro"):
        load_model(tmp_path / "nowhere")


def test_a_calibrated_model_round_trips(credit_data_path, tmp_path):
    from credit_scoring.train import fit_calibrated_model

    applications = pd.read_csv(credit_data_path, nrows=600)
    model = fit_calibrated_model(applications, folds=3)
    save_model(model, tmp_path, {"decision": {"cutoff": 0.16, "cutoff_version": "abcdef012345"}})
    loaded, metadata = load_model(tmp_path)
    features = applications[list(FEATURE_COLUMNS)]
    assert (loaded.predict_proba(features) == stored_model(model).predict_proba(features)).all()
    assert abs(loaded.predict_proba(features) - model.predict_proba(features)).max() < 1e-5, "7 digits move predictions by under 1e-5"
    assert metadata["decision"] == {"cutoff": 0.16, "cutoff_version": "abcdef012345"}
