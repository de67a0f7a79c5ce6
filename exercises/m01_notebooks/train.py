"""Train and score the credit model from the command line: the notebook's recipe, runnable by anyone.

    PYTHONPATH=exercises python -m m01_notebooks.train --data data/credit_data.csv --seed 42 --output metrics.json

ES: Entrenar y evaluar el modelo de crédito desde la línea de comandos: la receta del cuaderno,
para que cualquiera la corra.
"""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from m01_notebooks.features import fit_features, target, transform_features


def train_and_evaluate(applications: pd.DataFrame, seed: int, test_size: float = 0.2) -> dict:
    """Split with `seed`, learn features and model on train, and score ROC AUC on the held-out rows.

    ES: Partir con `seed`, aprender las variables y el modelo en train, y medir el ROC AUC en las filas de prueba.
    """
    # TODO: the same recipe as your scoring.ipynb, with `seed` as the split's random_state: the same train_test_split (its test_size; stratify only if your notebook stratifies).
    # POR HACER: la misma receta de su scoring.ipynb, con `seed` como random_state de la partición: el mismo train_test_split (su test_size; stratify solo si su cuaderno estratifica).
    # TODO: fit_features on train, transform_features on both, and the notebook's model: LogisticRegression(max_iter=1000), with a StandardScaler in front only if your notebook has one.
    # POR HACER: fit_features en train, transform_features en los dos y el modelo del cuaderno: LogisticRegression(max_iter=1000), con un StandardScaler adelante solo si su cuaderno lo tiene.
    # TODO: ROC AUC on test; return {"roc_auc": float, "rows_scored": len(test), "seed": seed}.
    # POR HACER: ROC AUC en test; devuelva {"roc_auc": float, "rows_scored": len(test), "seed": seed}.
    return {}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    # TODO: an argparse.ArgumentParser with --data (a Path, default data/credit_data.csv), --seed (an int, default 42) and --output (a Path, default metrics.json); return parser.parse_args(argv).
    # POR HACER: un argparse.ArgumentParser con --data (un Path, por defecto data/credit_data.csv), --seed (un int, por defecto 42) y --output (un Path, por defecto metrics.json); devuelva parser.parse_args(argv).
    return argparse.Namespace()


def main(argv: list[str] | None = None) -> int:
    # TODO: parse the arguments; if --data is not a file, stop with one line: sys.exit(f"error: no data file at {args.data}; pass --data with the path of credit_data.csv")
    # POR HACER: lea los argumentos; si --data no es un archivo, pare con una línea: sys.exit(f"error: no data file at {args.data}; pass --data with the path of credit_data.csv")
    # TODO: then train_and_evaluate, create the output's folder, write the metrics there as JSON and print one line.
    # POR HACER: luego train_and_evaluate, cree la carpeta de la salida, escriba ahí las métricas en JSON e imprima una línea.
    return 0


if __name__ == "__main__":
    sys.exit(main())
