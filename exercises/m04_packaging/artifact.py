"""The model artifact: a skops file plus a JSON file of metadata that says what the model is.

The metadata answers an operator's questions without running anything: which model version,
trained on which data (the same md5 DVC records), how good it was, and with which library
versions. Loading checks the file against that record before it builds a single object.

ES: El artefacto del modelo: un archivo skops más un archivo JSON de metadatos que dice qué modelo es.
Los metadatos responden las preguntas de quien opera el modelo sin correr nada: qué versión del modelo,
entrenado con qué datos (el mismo md5 que registra DVC), qué tan bueno era y con qué versiones de las
librerías. Al cargar, se revisa el archivo contra ese registro antes de construir un solo objeto.
"""

import hashlib
import json
import zipfile
from importlib.metadata import version
from pathlib import Path

import skops.io as sio

LIBRARIES = ("numpy", "scikit-learn", "skops")
# Beyond scikit-learn's own estimators, which skops trusts by default, our pipeline needs only this.
# ES: Aparte de los estimadores de scikit-learn, en los que skops confía por defecto, nuestro pipeline solo necesita esto.
TRUSTED_TYPES = ["numpy.dtype"]


class ArtifactError(Exception):
    """The artifact cannot be used as it is; the message says why and what to do.

    ES: El artefacto no se puede usar así; el mensaje dice por qué y qué hacer.
    """


def metadata_path(artifact: Path) -> Path:
    """model.skops -> model.json, next to it.

    ES: model.skops -> model.json, a su lado.
    """
    return Path(artifact).with_suffix(".json")


def file_digest(path: Path, algorithm: str) -> str:
    """The hex digest of a file's bytes: "md5" as DVC records data, "sha256" for the artifact.

    ES: El resumen hexadecimal de los bytes de un archivo: "md5" como DVC registra los datos, "sha256" para el artefacto.
    """
    with Path(path).open("rb") as file:
        return hashlib.file_digest(file, algorithm).hexdigest()


def library_versions() -> dict[str, str]:
    """The installed versions of the libraries that must match between saving and loading.

    ES: Las versiones instaladas de las librerías que deben coincidir entre guardar y cargar.
    """
    return {name: version(name) for name in LIBRARIES}


def save_artifact(model, artifact: Path, *, model_version: str, training_data: Path, metrics: dict[str, float]) -> dict:
    """Save the model with skops at `artifact`, its metadata at metadata_path(artifact); return the metadata.

    ES: Guarde el modelo con skops en `artifact` y sus metadatos en `metadata_path(artifact)`; devuelva los metadatos.
    """
    # TODO: dump the model with skops, then write (and return) a dict with exactly these keys as JSON:
    #       model_version, training_data_md5 (md5 of training_data), metrics, libraries (library_versions()),
    #       artifact_sha256 (sha256 of the file you just wrote).
    # POR HACER: guarde el modelo con skops y luego escriba como JSON (y devuelva) un dict con exactamente estas claves:
    #       model_version, training_data_md5 (md5 de training_data), metrics, libraries (library_versions()),
    #       artifact_sha256 (sha256 del archivo que acaba de escribir).
    return {}


def load_artifact(artifact: Path) -> tuple[object, dict]:
    """The model and its metadata, after checking the file's hash, the library versions and its types.

    ES: El modelo y sus metadatos, después de revisar el hash del archivo, las versiones de las librerías y sus tipos.
    """
    # TODO: read the metadata; raise ArtifactError when the artifact's sha256 differs from the recorded one,
    #       when a recorded library version differs from the installed one, when the file is not a skops
    #       file (zipfile.BadZipFile), or when it asks for types beyond TRUSTED_TYPES. Only then load it
    #       with skops, trusting TRUSTED_TYPES, and return (model, metadata). Never use pickle.
    # POR HACER: lea los metadatos; lance ArtifactError cuando el sha256 del artefacto no coincida con el registrado,
    #       cuando una versión de librería registrada no coincida con la instalada, cuando el archivo no sea un
    #       archivo skops (zipfile.BadZipFile), o cuando pida tipos fuera de TRUSTED_TYPES. Solo entonces cárguelo
    #       con skops, confiando en TRUSTED_TYPES, y devuelva (model, metadata). Nunca use pickle.
    return None, {}
