"""Two ways to score a table: one model call per row, or one call for all the rows."""

import numpy as np
import pandas as pd


def score_row_by_row(model, applications: pd.DataFrame) -> np.ndarray:
    return np.array([model.predict_proba(applications.iloc[[i]])[0, 1] for i in range(len(applications))])


def score_vectorised(model, applications: pd.DataFrame) -> np.ndarray:
    return model.predict_proba(applications)[:, 1]
