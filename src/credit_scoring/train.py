"""Stage `train`: fit the credit-scoring Pipeline and save it as the model folder the API serves.

Run by `dvc repro` as `python -m credit_scoring.train`; reads the `train:` section of
params.yaml (C, max_iter, class_weight, cv_folds). Other code builds small models with
`fit_model(applications)`.
"""

from pathlib import Path

import pandas as pd
import yaml
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from credit_scoring import schema
from credit_scoring.model_artifact import save_model
from credit_scoring.params import read_params

TRAIN_DATA = Path("artifacts/prepared/train.csv")
MODEL_FOLDER = Path("artifacts/model")
DATA_DVC = Path("data.dvc")


def build_pipeline(C: float = 1.0, max_iter: int = 1000, class_weight: str | None = None) -> Pipeline:
    """Impute and scale numbers, impute and one-hot encode categories, then a logistic regression."""
    numeric = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
    categorical = Pipeline([
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(categories=[list(v) for v in schema.CATEGORIES.values()], handle_unknown="ignore")),
    ])
    features = ColumnTransformer([
        ("numeric", numeric, list(schema.NUMERIC_COLUMNS)),
        ("categorical", categorical, list(schema.CATEGORICAL_COLUMNS)),
    ])
    model = LogisticRegression(C=C, max_iter=max_iter, class_weight=class_weight)
    return Pipeline([("features", features), ("model", model)])


def fit_model(applications: pd.DataFrame, C: float = 1.0, max_iter: int = 1000,
              class_weight: str | None = None) -> Pipeline:
    """Fit the pipeline on applications holding the feature columns and `status` (fast: well under a second)."""
    schema.check_columns(applications, (schema.TARGET_COLUMN, *schema.FEATURE_COLUMNS))
    pipeline = build_pipeline(C, max_iter, class_weight)
    return pipeline.fit(applications[list(schema.FEATURE_COLUMNS)], schema.target(applications))


def cross_validated_auc(applications: pd.DataFrame, folds: int, **model_params) -> float:
    """ROC AUC estimated on the training data alone, so the metadata never peeks at the test set."""
    scores = cross_val_score(
        build_pipeline(**model_params), applications[list(schema.FEATURE_COLUMNS)],
        schema.target(applications), cv=folds, scoring="roc_auc",
    )
    return round(float(scores.mean()), 4)


def data_md5(path: Path = DATA_DVC) -> str | None:
    """The md5 of the data version `data.dvc` points at (what git says the model was trained on)."""
    if not path.is_file():
        return None
    return yaml.safe_load(path.read_text(encoding="utf-8"))["outs"][0]["md5"]


def main() -> None:
    params = read_params("train")
    model_params = {
        "C": float(params["C"]), "max_iter": int(params["max_iter"]), "class_weight": params.get("class_weight"),
    }
    applications = pd.read_csv(TRAIN_DATA)
    model = fit_model(applications, **model_params)
    metrics = {"cv_roc_auc": cross_validated_auc(applications, int(params["cv_folds"]), **model_params),
               "train_rows": len(applications)}
    save_model(model, MODEL_FOLDER, {"data_md5": data_md5(), "metrics": metrics, "params": model_params})
    print(f"train: cross-validated ROC AUC {metrics['cv_roc_auc']} -> {MODEL_FOLDER}")


if __name__ == "__main__":
    main()
