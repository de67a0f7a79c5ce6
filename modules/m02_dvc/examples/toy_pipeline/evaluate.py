"""Stage `evaluate` of the toy pipeline: how well the rates rank bad credits above good ones (AUC)."""

import csv
import json
from pathlib import Path


def auc(scores: list[float], labels: list[bool]) -> float:
    """The chance that a random bad credit scores above a random good one (ties count half)."""
    bad = [s for s, is_bad in zip(scores, labels) if is_bad]
    good = [s for s, is_bad in zip(scores, labels) if not is_bad]
    wins = sum((b > g) + 0.5 * (b == g) for b in bad for g in good)
    return round(wins / (len(bad) * len(good)), 4)


def main() -> None:
    model = json.loads(Path("model.json").read_text())
    with open("prepared/test.csv", newline="") as file:
        rows = list(csv.DictReader(file))
    average = sum(model["rates"].values()) / len(model["rates"])
    scores = [model["rates"].get(row[model["feature"]], average) for row in rows]
    labels = [row["status"] == "bad" for row in rows]
    Path("metrics.json").write_text(json.dumps({"auc": auc(scores, labels), "rows": len(rows)}, indent=2))


if __name__ == "__main__":
    main()
