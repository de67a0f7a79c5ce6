"""promote_challenger moves `champion` only when the rule holds; roll_back restores the previous champion.

Each test builds its own registry (SQLite store and artifact folder in a temporary folder) from
real skops models, runs the learner's gate, and checks exactly which alias points where.
"""

import shutil
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import numpy as np
import pandas as pd
import pytest
from m06_automation.promotion import PromotionError, promote_challenger, roll_back
from mlflow import MlflowClient
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Binarizer, PolynomialFeatures

from credit_scoring.model_artifact import MODEL_FILE, save_model
from credit_scoring.prepare import prepare
from credit_scoring.schema import FEATURE_COLUMNS, TARGET_COLUMN, target
from credit_scoring.train import build_pipeline, fit_model
from puente.i18n import say

FILE = "promotion.py"
NAME = "credit-scoring"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def split(credit_data_path):
    return prepare(pd.read_csv(credit_data_path), test_size=0.25, seed=42)


def blind_for_the_young(train: pd.DataFrame) -> Pipeline:
    """Strong overall, but trained on shuffled labels for ages 18-25: its interactions with `age > 25` learn the rest.

    Built from scikit-learn types skops trusts, so it saves and loads like any other version.
    """
    young = train["age"].between(18, 25).to_numpy()
    labels = train[TARGET_COLUMN].to_numpy().copy()
    labels[young] = np.random.default_rng(0).permutation(labels[young])
    shuffled = train.assign(**{TARGET_COLUMN: labels})
    older = Pipeline([("impute", SimpleImputer(strategy="median")), ("over_25", Binarizer(threshold=25.5))])
    features = ColumnTransformer([("all", build_pipeline().named_steps["features"], list(FEATURE_COLUMNS)), ("older", older, ["age"])])
    model = Pipeline([("features", features), ("interactions", PolynomialFeatures(degree=2, interaction_only=True, include_bias=False)),
                      ("model", LogisticRegression(C=0.5, max_iter=3000))])
    return model.fit(shuffled[list(FEATURE_COLUMNS)], target(shuffled))


@pytest.fixture(scope="module")
def models(split):
    """ROC AUC on the test rows: weak 0.72, medium 0.82, strong 0.83 (every band >= 0.77), blind_young 0.82 but 0.54 for ages 18-25."""
    train, _ = split
    return {"weak": fit_model(train.sample(60, random_state=3)), "medium": fit_model(train.sample(300, random_state=3)),
            "strong": fit_model(train, class_weight="balanced"), "blind_young": blind_for_the_young(train)}


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory) -> Path:
    """One migrated SQLite store (MLflow creates its tables on first use, the slow part); tests copy it."""
    path = tmp_path_factory.mktemp("empty store") / "mlflow.db"
    MlflowClient(f"sqlite:///{path}").search_experiments()
    return path


@pytest.fixture
def registry(empty_store, models, tmp_path):
    """Build a registry: `registry(("weak", "champion", True), ...)` adds one version per model, with its alias and gate tag."""
    def build(*versions: tuple[str, str | None, bool]) -> MlflowClient:
        shutil.copy2(empty_store, tmp_path / "mlflow.db")
        client = MlflowClient(f"sqlite:///{tmp_path / 'mlflow.db'}")
        experiment = client.create_experiment("credit-scoring", artifact_location=(tmp_path / "artifacts").as_uri())
        client.create_registered_model(NAME)
        for model_name, alias, gate_passed in versions:
            run = client.create_run(experiment, run_name=model_name)
            with tempfile.TemporaryDirectory() as folder:
                save_model(models[model_name], Path(folder), {"metrics": {}})
                client.log_artifacts(run.info.run_id, folder, "model")
            client.set_terminated(run.info.run_id)
            version = client.create_model_version(NAME, f"{run.info.artifact_uri}/model", run.info.run_id,
                                                  tags={"quality_gate": "passed" if gate_passed else "failed"})
            if alias:
                client.set_registered_model_alias(NAME, alias, version.version)
        return client
    return build


def aliases(client: MlflowClient) -> dict[str, str]:
    return {alias: str(version) for alias, version in sorted(client.get_registered_model(NAME).aliases.items())}


def promote(client, test) -> bool:
    decided = promote_challenger(client, NAME, test)
    assert type(decided) is bool, say(en="promote_challenger must return True or False, got {got!r}", es="promote_challenger debe devolver True o False, devolvió {got!r}", got=decided)
    return decided


def test_a_better_challenger_becomes_champion(registry, split):
    client = registry(("weak", "champion", True), ("strong", "challenger", True))
    decided = promote(client, split[1])
    assert (decided, aliases(client)) == (True, {"champion": "2", "previous_champion": "1"}), say(
        en="a better challenger (version 2) must become champion, with the old one as previous_champion and no challenger alias left; got {got}",
        es="un retador mejor (versión 2) debe quedar de campeón, con el anterior como previous_champion y sin alias challenger; se obtuvo {got}",
        got=(decided, aliases(client)))


def test_a_worse_challenger_moves_nothing_then_a_better_one_does(registry, split):
    client = registry(("medium", "champion", True), ("weak", "challenger", True), ("strong", None, True))
    first = (promote(client, split[1]), aliases(client))
    client.set_registered_model_alias(NAME, "challenger", "3")
    second = (promote(client, split[1]), aliases(client))
    assert first == (False, {"challenger": "2", "champion": "1"}), say(
        en="a worse challenger must not move any alias; got {got}", es="un retador peor no debe mover ningún alias; se obtuvo {got}", got=first)
    assert second == (True, {"champion": "3", "previous_champion": "1"}), say(
        en="then a better challenger (version 3) must be promoted; got {got}", es="luego un retador mejor (versión 3) debe ser promovido; se obtuvo {got}", got=second)


def test_a_challenger_failing_one_age_band_is_refused(registry, split):
    client = registry(("weak", "champion", True), ("blind_young", "challenger", True), ("strong", None, True))
    first = (promote(client, split[1]), aliases(client))
    client.set_registered_model_alias(NAME, "challenger", "3")
    second = (promote(client, split[1]), aliases(client))
    assert first == (False, {"challenger": "2", "champion": "1"}), say(
        en="a challenger better overall but below the floor for ages 18-25 must be refused; got {got}",
        es="un retador mejor en general pero por debajo del mínimo para 18-25 años debe ser rechazado; se obtuvo {got}", got=first)
    assert second == (True, {"champion": "3", "previous_champion": "1"}), say(
        en="then a challenger good in every band must be promoted; got {got}", es="luego un retador bueno en todas las franjas debe ser promovido; se obtuvo {got}", got=second)


def test_a_challenger_without_a_passed_quality_gate_is_refused(registry, split):
    client = registry(("weak", "champion", True), ("strong", "challenger", False))
    first = (promote(client, split[1]), aliases(client))
    client.set_model_version_tag(NAME, "2", "quality_gate", "passed")
    second = (promote(client, split[1]), aliases(client))
    assert (first, second) == ((False, {"challenger": "2", "champion": "1"}), (True, {"champion": "2", "previous_champion": "1"})), say(
        en="without quality_gate=passed nothing moves, with it the better challenger is promoted; got {got}",
        es="sin quality_gate=passed no se mueve nada, con ella el retador mejor es promovido; se obtuvo {got}", got=(first, second))


def test_with_no_champion_yet_a_good_challenger_becomes_the_first(registry, split):
    client = registry(("strong", "challenger", True))
    decided = promote(client, split[1])
    assert (decided, aliases(client)) == (True, {"champion": "1"}), say(
        en="with no champion yet, a challenger that passes the gate and every band becomes champion (no previous_champion); got {got}",
        es="sin campeón todavía, un retador que pasa la compuerta y todas las franjas queda de campeón (sin previous_champion); se obtuvo {got}",
        got=(decided, aliases(client)))


def test_a_tampered_champion_stops_the_gate(registry, split):
    client = registry(("weak", "champion", True), ("strong", "challenger", True))
    artifact = Path(unquote(urlparse(client.get_model_version(NAME, "1").source).path)) / MODEL_FILE
    artifact.write_bytes(artifact.read_bytes() + b"tampered")
    with pytest.raises(PromotionError) as raised:
        promote_challenger(client, NAME, split[1])
    assert aliases(client) == {"challenger": "2", "champion": "1"} and "1" in str(raised.value), say(
        en="a champion whose artifact was changed must stop the gate with a PromotionError naming version 1, moving nothing; got {got}",
        es="un campeón cuyo artefacto cambió debe detener la compuerta con un PromotionError que nombre la versión 1, sin mover nada; se obtuvo {got}",
        got=aliases(client))


def test_a_rollback_restores_the_previous_champion(registry, split):
    client = registry(("weak", "champion", True), ("strong", "challenger", True))
    promote(client, split[1])
    restored = roll_back(client, NAME)
    assert (restored, aliases(client)) == ("1", {"champion": "1"}), say(
        en="after promoting version 2, roll_back must point champion at version 1 again and return \"1\"; got {got}",
        es="después de promover la versión 2, roll_back debe volver a apuntar champion a la versión 1 y devolver \"1\"; se obtuvo {got}",
        got=(restored, aliases(client)))
    with pytest.raises(PromotionError):
        roll_back(client, NAME)
