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
    # TODO: check the columns (check_columns), then ONE model.predict_proba call on the
    # FEATURE_COLUMNS of the whole frame; return its second column (the probability of "bad").
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
    """
    # TODO: read input_csv in chunks of chunk_size rows (pd.read_csv(..., chunksize=...)),
    # add SCORE_COLUMN to each chunk with score_frame, append it to output_csv (the header
    # once), call on_chunk(len(chunk)) after each, and return the number of rows scored.
    return 0
