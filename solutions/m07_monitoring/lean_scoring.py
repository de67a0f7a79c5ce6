"""The nightly scoring job, rewritten to cost a fraction: same bytes out, flat memory.

`credit_scoring.legacy_batch` reads the whole file, copies it, one-hot encodes it for nothing
and calls the model once per segment. This version reads only the columns it needs, one chunk
at a time, calls the model once per chunk and writes each chunk as soon as it is scored, so
its memory depends on `chunk_size`, not on the size of the file.
"""

from pathlib import Path

import pandas as pd

from credit_scoring.legacy_batch import FLOAT_FORMAT, SCORE_COLUMN
from credit_scoring.production_year import ID_COLUMN
from credit_scoring.schema import FEATURE_COLUMNS


def score_file(model, input_csv: Path, output_csv: Path, chunk_size: int = 10_000) -> int:
    """Write the same `application_id,probability_bad` file as the legacy job; return the rows scored."""
    scored = 0
    chunks = pd.read_csv(input_csv, usecols=[ID_COLUMN, *FEATURE_COLUMNS], chunksize=chunk_size)
    with open(output_csv, "w", newline="", encoding="utf-8") as output:
        for number, chunk in enumerate(chunks):
            result = pd.DataFrame({
                ID_COLUMN: chunk[ID_COLUMN],
                SCORE_COLUMN: model.predict_proba(chunk[list(FEATURE_COLUMNS)])[:, 1],
            })
            result.to_csv(output, header=number == 0, index=False, float_format=FLOAT_FORMAT)
            scored += len(chunk)
    return scored
