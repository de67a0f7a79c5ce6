"""The quality gate: stop the pipeline when the model's AUC is below the floor in params.yaml."""

import json
import sys
from pathlib import Path

import yaml


def main() -> int:
    floor = yaml.safe_load(Path("params.yaml").read_text())["gate"]["min_auc"]
    auc = json.loads(Path("metrics.json").read_text())["auc"]
    if auc < floor:
        print(f"quality gate: AUC {auc} is below the floor {floor}")
        return 1
    print(f"quality gate: AUC {auc} >= {floor}, passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
