"""Stage `train` of the toy pipeline: the share of bad credits for each value of one column."""

import csv
import json
from pathlib import Path

import yaml


def bad_rates(rows: list[dict], feature: str, smoothing: float) -> dict[str, float]:
    """Bad-credit rate per value of `feature`, pulled toward the overall rate by `smoothing`."""
    overall = sum(row["status"] == "bad" for row in rows) / len(rows)
    rates = {}
    for value in sorted({row[feature] for row in rows}):
        group = [row for row in rows if row[feature] == value]
        bad = sum(row["status"] == "bad" for row in group)
        rates[value] = (bad + smoothing * overall) / (len(group) + smoothing)
    return rates


def main() -> None:
    params = yaml.safe_load(Path("params.yaml").read_text())["train"]
    with open("prepared/train.csv", newline="") as file:
        rows = list(csv.DictReader(file))
    model = {"feature": params["feature"], "rates": bad_rates(rows, params["feature"], params["smoothing"])}
    Path("model.json").write_text(json.dumps(model, indent=2))


if __name__ == "__main__":
    main()
