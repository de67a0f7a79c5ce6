"""The promotion gate: the challenger replaces the champion only when a written rule says so.

The rule, on the same held-out rows for both models: the challenger's ROC AUC beats the
champion's by at least MARGIN, no age band of the challenger falls below SLICE_FLOOR, and CI's
quality gate passed for it (its version carries the tag quality_gate=passed). Promoting moves
aliases only: `champion` to the challenger, `previous_champion` to the old champion; a rollback
moves `champion` back. Nothing is retrained or copied, so both take a second.

ES: La compuerta de promoción: el retador reemplaza al campeón solo cuando una regla escrita lo
dice. La regla, con las mismas filas de prueba para ambos modelos: el ROC AUC del retador supera
al del campeón por al menos MARGIN, ninguna franja de edad del retador queda por debajo de
SLICE_FLOOR, y la compuerta de calidad de CI pasó para él (su versión tiene la etiqueta
quality_gate=passed). Promover solo mueve alias: `champion` al retador, `previous_champion` al
campeón anterior; un rollback devuelve `champion`. No se reentrena ni se copia nada.
"""

import tempfile
from pathlib import Path

import pandas as pd
from mlflow import MlflowClient
from mlflow.artifacts import download_artifacts
from mlflow.exceptions import MlflowException
from sklearn.metrics import roc_auc_score

from credit_scoring.model_artifact import ModelArtifactError, load_model
from credit_scoring.schema import FEATURE_COLUMNS, target

MARGIN = 0.01
SLICE_FLOOR = 0.70
AGE_BANDS = {"18-25": (18, 25), "26-35": (26, 35), "36-50": (36, 50), "51+": (51, 200)}
CHAMPION, CHALLENGER, PREVIOUS = "champion", "challenger", "previous_champion"


class PromotionError(RuntimeError):
    """The gate cannot decide safely (a tampered artifact, nothing to roll back to): a person must look.

    ES: La compuerta no puede decidir con seguridad (un artefacto alterado, nada a qué volver): una persona debe revisar.
    """


def version_for(client: MlflowClient, name: str, alias: str) -> str | None:
    """The version number an alias points at, or None when the alias is not set.

    ES: El número de versión al que apunta un alias, o None si el alias no existe.
    """
    try:
        return str(client.get_model_version_by_alias(name, alias).version)
    except MlflowException:
        return None


def load_version(client: MlflowClient, name: str, version: str):
    """Download a version's artifact and load it, refusing a file whose SHA-256 does not match its metadata.

    ES: Descarga el artefacto de una versión y lo carga, rechazando un archivo cuyo SHA-256 no coincide con sus metadatos.
    """
    source = client.get_model_version(name, version).source
    folder = tempfile.mkdtemp(prefix="puente-version-")
    try:
        model, _ = load_model(Path(download_artifacts(artifact_uri=source, dst_path=folder)))
    except ModelArtifactError as error:
        raise PromotionError(f"version {version} of {name} cannot be trusted: {error}") from error
    return model


def auc(model, rows: pd.DataFrame) -> float:
    return float(roc_auc_score(target(rows), model.predict_proba(rows[list(FEATURE_COLUMNS)])[:, 1]))


def band_aucs(model, test: pd.DataFrame) -> dict[str, float]:
    """ROC AUC of the model in each age band of the test rows.

    ES: ROC AUC del modelo en cada franja de edad de las filas de prueba.
    """
    return {band: auc(model, test[test["age"].between(low, high)]) for band, (low, high) in AGE_BANDS.items()}


def promote_challenger(client: MlflowClient, name: str, test: pd.DataFrame) -> bool:
    """Move `champion` to the challenger when the rule holds (True); otherwise move nothing (False).

    ES: Mueve `champion` al retador cuando la regla se cumple (True); si no, no mueve nada (False).
    """
    challenger = version_for(client, name, CHALLENGER)
    if challenger is None:
        return False
    champion = version_for(client, name, CHAMPION)
    candidate = load_version(client, name, challenger)
    if client.get_model_version(name, challenger).tags.get("quality_gate") != "passed":
        return False
    if min(band_aucs(candidate, test).values()) < SLICE_FLOOR:
        return False
    if champion is not None and auc(candidate, test) < auc(load_version(client, name, champion), test) + MARGIN:
        return False
    if champion is not None:
        client.set_registered_model_alias(name, PREVIOUS, champion)
    client.set_registered_model_alias(name, CHAMPION, challenger)
    client.delete_registered_model_alias(name, CHALLENGER)
    return True


def roll_back(client: MlflowClient, name: str) -> str:
    """Point `champion` back at `previous_champion` and return that version; PromotionError when there is none.

    ES: Devuelve `champion` a `previous_champion` y retorna esa versión; PromotionError si no hay ninguna.
    """
    previous = version_for(client, name, PREVIOUS)
    if previous is None:
        raise PromotionError(f"{name} has no {PREVIOUS} alias: there is nothing to roll back to")
    client.set_registered_model_alias(name, CHAMPION, previous)
    client.delete_registered_model_alias(name, PREVIOUS)
    return previous
