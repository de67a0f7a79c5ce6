"""The data scientist's nightly scoring job, as it was handed over: correct, and expensive.

It gives the right scores, and module 07 keeps its output as the reference. But it reads the
whole file at once, copies it "to be safe", builds a one-hot table for a summary nobody reads,
and calls the model once per segment of applicants instead of once per chunk. On a file ten
times larger it needs ten times the memory. Exercise `cut_the_cost` rewrites it.
"""

import logging
from pathlib import Path

import pandas as pd

from credit_scoring.production_year import ID_COLUMN
from credit_scoring.schema import CATEGORICAL_COLUMNS, FEATURE_COLUMNS

SCORE_COLUMN = "probability_bad"
FLOAT_FORMAT = "%.6f"
LOG = logging.getLogger(__name__)


def score_file(model, input_csv: Path, output_csv: Path) -> int:
    """Write `application_id,probability_bad` for every row of `input_csv`; return the rows scored."""
    applications = pd.read_csv(input_csv)
    applications = applications.copy()
    one_hot = pd.get_dummies(applications, columns=list(CATEGORICAL_COLUMNS), dummy_na=True)
    LOG.info("segment shares: %s", one_hot.mean(numeric_only=True).round(3).to_dict())
    scored = []
    for _, segment in applications.groupby(["home", "job"], dropna=False):
        segment = segment.copy()
        segment[SCORE_COLUMN] = model.predict_proba(segment[list(FEATURE_COLUMNS)])[:, 1]
        scored.append(segment)
    result = pd.concat(scored).sort_values(ID_COLUMN)
    result[[ID_COLUMN, SCORE_COLUMN]].to_csv(output_csv, index=False, float_format=FLOAT_FORMAT)
    return len(result)
