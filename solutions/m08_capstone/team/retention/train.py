"""The `train` stage: fit on the training rows, score the held-out rows, save the model and its metrics."""

import json
from pathlib import Path

import joblib
import pandas as pd
import yaml
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from retention.features import CATEGORICAL, clean, cutoff, target

MODEL = Path("models/model.joblib")
METRICS = Path("metrics.json")


def build_model(c: float) -> object:
    """One-hot categories, scaled numbers, a logistic regression: simple enough to explain to the business."""
    columns = ColumnTransformer([("categories", OneHotEncoder(handle_unknown="ignore"), list(CATEGORICAL))],
                                remainder=StandardScaler())
    return make_pipeline(columns, LogisticRegression(C=c, max_iter=1000))


def main() -> None:
    params = yaml.safe_load(Path("params.yaml").read_text(encoding="utf-8"))
    table = pd.read_csv(params["data"])
    train, test = train_test_split(table, test_size=params["train"]["test_size"], random_state=params["train"]["seed"],
                                   stratify=table["churn"])
    model = build_model(params["train"]["C"]).fit(clean(train), target(train))
    threshold = cutoff(**params["decision"])
    auc = roc_auc_score(target(test), model.predict_proba(clean(test))[:, 1])
    MODEL.parent.mkdir(exist_ok=True)
    joblib.dump({"model": model, "cutoff": threshold}, MODEL)
    METRICS.write_text(json.dumps({"roc_auc": round(float(auc), 4), "cutoff": round(threshold, 4), "test_rows": len(test)}) + "\n")


if __name__ == "__main__":
    main()
