"""Run one DVC experiment per parameter setting and apply the one with the best metric."""

import json
import subprocess
from pathlib import Path


def try_settings(settings: dict[str, list[str]], metric: str = "auc") -> str:
    """Run `dvc exp run --name NAME -S param=value ...` for each setting; apply the best; return its name.

    `settings` maps an experiment name to its parameter assignments, for example
    `{"by_home": ["train.feature=home"]}`. Higher `metric` in metrics.json is better.
    """
    scores = {}
    for name, assignments in settings.items():
        set_params = [arg for assignment in assignments for arg in ("-S", assignment)]
        subprocess.run(["dvc", "exp", "run", "--quiet", "--name", name, *set_params], check=True)
        scores[name] = json.loads(Path("metrics.json").read_text())[metric]
    best = max(scores, key=scores.get)
    subprocess.run(["dvc", "exp", "apply", best], check=True)
    return best
