"""Batch scoring: a CSV of applications in, the same CSV with a probability column out.

The file is read in chunks so that a file larger than memory still scores, and each chunk is
scored with one vectorised `predict_proba` call: the Pipeline's fixed cost per call is paid
once per chunk instead of once per row.
"""

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from credit_scoring.schema import FEATURE_COLUMNS, check_columns

SCORE_COLUMN = "probability_bad"


def score_frame(model, applications: pd.DataFrame) -> np.ndarray:
    """The probability of "bad" for every row, from one call to the model."""
    check_columns(applications)
    return model.predict_proba(applications[list(FEATURE_COLUMNS)])[:, 1]


def score_csv(
    model,
    input_csv: Path,
    output_csv: Path,
    chunk_size: int = 10_000,
    on_chunk: Callable[[int], None] | None = None,
) -> int:
    """Write `input_csv` plus a `probability_bad` column to `output_csv`; return the rows scored.

    `on_chunk(rows)` is called after each chunk, so a caller can drive a progress bar.
    """
    scored = 0
    with open(output_csv, "w", newline="", encoding="utf-8") as output:
        for number, chunk in enumerate(pd.read_csv(input_csv, chunksize=chunk_size)):
            chunk[SCORE_COLUMN] = score_frame(model, chunk)
            chunk.to_csv(output, header=number == 0, index=False)
            scored += len(chunk)
            if on_chunk is not None:
                on_chunk(len(chunk))
    return scored
