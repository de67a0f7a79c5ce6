"""Do the model's probabilities mean what they say? A reliability curve, before and after calibration."""

import sys
from pathlib import Path

import pandas as pd
from matplotlib import pyplot
from sklearn.calibration import calibration_curve
from sklearn.metrics import brier_score_loss

from credit_scoring.prepare import prepare
from credit_scoring.schema import FEATURE_COLUMNS, target
from credit_scoring.train import fit_calibrated_model, fit_model, split_validation


def probabilities(data: Path) -> tuple[pd.Series, dict[str, pd.Series]]:
    """The test rows' labels, and the probability of "bad" from the balanced model, raw and calibrated."""
    train, test = prepare(pd.read_csv(data), test_size=0.2, seed=42)
    fit, _ = split_validation(train, validation_size=0.25, seed=42)
    models = {"balanced, raw": fit_model(fit, class_weight="balanced"),
              "calibrated": fit_calibrated_model(fit, class_weight="balanced")}
    return target(test), {name: pd.Series(m.predict_proba(test[list(FEATURE_COLUMNS)])[:, 1])
                          for name, m in models.items()}


def summary(actual: pd.Series, scores: dict[str, pd.Series]) -> pd.DataFrame:
    return pd.DataFrame({
        "mean predicted": {name: p.mean() for name, p in scores.items()},
        "share bad": {name: actual.mean() for name in scores},
        "Brier": {name: brier_score_loss(actual, p) for name, p in scores.items()},
    }).round(3)


def draw(actual: pd.Series, scores: dict[str, pd.Series], path: Path) -> None:
    figure, axes = pyplot.subplots(figsize=(5, 5))
    axes.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfectly calibrated")
    for name, p in scores.items():
        observed, predicted = calibration_curve(actual, p, n_bins=10, strategy="quantile")
        axes.plot(predicted, observed, marker="o", label=name)
    axes.set(xlabel="mean predicted probability of bad (10 bins)", ylabel="share that went bad", xlim=(0, 1), ylim=(0, 1))
    axes.legend(loc="upper left")
    figure.tight_layout()
    figure.savefig(path, dpi=80, metadata={"Software": None})
    pyplot.close(figure)


if __name__ == "__main__":
    actual, scores = probabilities(Path("data/credit_data.csv"))
    print(summary(actual, scores).to_string())
    draw(actual, scores, Path(sys.argv[1]) if len(sys.argv) > 1 else Path("reliability.png"))
