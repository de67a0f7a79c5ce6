"""Batch scoring: a CSV of applications in, the same CSV with a probability column out.

The file is read in chunks so that a file larger than memory still scores, and each chunk is
scored with one vectorised `predict_proba` call: the Pipeline's fixed cost per call is paid
once per chunk instead of once per row.

ES: Scoring por lotes: entra un CSV de solicitudes y sale el mismo CSV con una columna de probabilidad.
El archivo se lee por bloques para que un archivo más grande que la memoria igual se califique, y cada
bloque se califica con una sola llamada vectorizada a `predict_proba`: el costo fijo del Pipeline por
llamada se paga una vez por bloque y no una vez por fila.
"""

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from credit_scoring.schema import FEATURE_COLUMNS, check_columns

SCORE_COLUMN = "probability_bad"


def score_frame(model, applications: pd.DataFrame) -> np.ndarray:
    """The probability of "bad" for every row, from one call to the model.

    ES: La probabilidad de "bad" para cada fila, con una sola llamada al modelo.
    """
    # TODO: check the columns (check_columns), then ONE model.predict_proba call on the
    # FEATURE_COLUMNS of the whole frame; return its second column (the probability of "bad").
    # POR HACER: revise las columnas (check_columns) y luego haga UNA llamada a model.predict_proba con las
    # ES: FEATURE_COLUMNS de toda la tabla; devuelva su segunda columna (la probabilidad de "bad").
    return np.zeros(0)


def score_csv(
    model,
    input_csv: Path,
    output_csv: Path,
    chunk_size: int = 10_000,
    on_chunk: Callable[[int], None] | None = None,
) -> int:
    """Write `input_csv` plus a `probability_bad` column to `output_csv`; return the rows scored.

    `on_chunk(rows)` is called after each chunk, so a caller can drive a progress bar.

    ES: Escriba `input_csv` más una columna `probability_bad` en `output_csv`; devuelva las filas calificadas.
    `on_chunk(rows)` se llama después de cada bloque, para que quien llama pueda mover una barra de avance.
    """
    # TODO: read input_csv in chunks of chunk_size rows (pd.read_csv(..., chunksize=...)),
    # add SCORE_COLUMN to each chunk with score_frame, append it to output_csv (the header
    # once), call on_chunk(len(chunk)) after each, and return the number of rows scored.
    # POR HACER: lea input_csv en bloques de chunk_size filas (pd.read_csv(..., chunksize=...)),
    # ES: agregue SCORE_COLUMN a cada bloque con score_frame, añádalo a output_csv (el encabezado
    # ES: una sola vez), llame on_chunk(len(chunk)) después de cada uno y devuelva el número de filas calificadas.
    return 0
