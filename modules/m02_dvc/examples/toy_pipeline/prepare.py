"""Stage `prepare` of the toy pipeline: shuffle the applications and split them in two."""

import csv
import random
from pathlib import Path

import yaml


def split(rows: list[dict], test_share: float, seed: int) -> tuple[list[dict], list[dict]]:
    shuffled = rows[:]
    random.Random(seed).shuffle(shuffled)
    cut = round(len(shuffled) * (1 - test_share))
    return shuffled[:cut], shuffled[cut:]


def write_rows(rows: list[dict], path: Path) -> None:
    with path.open("w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    params = yaml.safe_load(Path("params.yaml").read_text())["prepare"]
    with open("data/applications.csv", newline="") as file:
        rows = list(csv.DictReader(file))
    train, test = split(rows, params["test_share"], params["seed"])
    Path("prepared").mkdir(exist_ok=True)
    write_rows(train, Path("prepared/train.csv"))
    write_rows(test, Path("prepared/test.csv"))


if __name__ == "__main__":
    main()
