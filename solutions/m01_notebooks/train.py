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
    # Like the reference notebook: a stratified split, and a scaler so that lbfgs converges quickly.
    # ES: Como el cuaderno de referencia: una partición estratificada y un escalador para que lbfgs converja rápido.
    train, test = train_test_split(
        applications, test_size=test_size, random_state=seed, stratify=target(applications)
    )
    spec = fit_features(train)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    model.fit(transform_features(train, spec), target(train))
    scores = model.predict_proba(transform_features(test, spec))[:, 1]
    return {"roc_auc": float(roc_auc_score(target(test), scores)), "rows_scored": len(test), "seed": seed}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Train the credit-scoring model and write its held-out metrics.")
    parser.add_argument("--data", type=Path, default=Path("data/credit_data.csv"), help="the applications CSV")
    parser.add_argument("--seed", type=int, default=42, help="random seed of the train/test split")
    parser.add_argument("--output", type=Path, default=Path("metrics.json"), help="where to write the metrics JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.data.is_file():
        sys.exit(f"error: no data file at {args.data}; pass --data with the path of credit_data.csv")
    metrics = train_and_evaluate(pd.read_csv(args.data), args.seed)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(f"ROC AUC {metrics['roc_auc']:.4f} on {metrics['rows_scored']} held-out applications -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
