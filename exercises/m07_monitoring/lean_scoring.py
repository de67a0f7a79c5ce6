"""The nightly scoring job, rewritten to cost a fraction: same bytes out, flat memory.

`credit_scoring.legacy_batch` reads the whole file, copies it, one-hot encodes it for nothing
and calls the model once per segment. This version reads only the columns it needs, one chunk
at a time, calls the model once per chunk and writes each chunk as soon as it is scored, so
its memory depends on `chunk_size`, not on the size of the file.

ES: El trabajo nocturno de scoring, reescrito para que cueste una fracción: los mismos bytes de
salida, memoria plana. `credit_scoring.legacy_batch` lee el archivo entero, lo copia, lo
codifica one-hot para nada y llama al modelo una vez por segmento. Esta versión lee solo las
columnas que necesita, un bloque a la vez, llama al modelo una vez por bloque y escribe cada
bloque apenas lo califica, así que su memoria depende de `chunk_size` y no del tamaño del archivo.
"""

from pathlib import Path

import pandas as pd

from credit_scoring.legacy_batch import FLOAT_FORMAT, SCORE_COLUMN
from credit_scoring.production_year import ID_COLUMN
from credit_scoring.schema import FEATURE_COLUMNS


def score_file(model, input_csv: Path, output_csv: Path, chunk_size: int = 10_000) -> int:
    """Write the same `application_id,probability_bad` file as the legacy job; return the rows scored.

    ES: Escribe el mismo archivo `application_id,probability_bad` que el trabajo heredado;
    devuelve las filas calificadas.
    """
    # TODO: read input_csv in chunks of chunk_size rows, only the id and the feature columns;
    # POR HACER: lea input_csv en bloques de chunk_size filas, solo el id y las columnas de variables;
    # TODO: score each chunk with ONE model.predict_proba call and append it to output_csv with
    # POR HACER: califique cada bloque con UNA sola llamada a model.predict_proba y agréguelo a output_csv con
    # TODO: the legacy job's columns and float format (header only on the first chunk, no index).
    # POR HACER: las columnas y el formato de números del trabajo heredado (encabezado solo en el primer bloque, sin índice).
    return 0
