"""Run one DVC experiment per parameter setting and apply the one with the best metric."""

import json
import subprocess
from pathlib import Path


def try_settings(settings: dict[str, list[str]], metric: str = "auc") -> str:
    """Run `dvc exp run --name NAME -S param=value ...` for each setting; apply the best; return its name.

    `settings` maps an experiment name to its parameter assignments, for example
    `{"by_home": ["train.feature=home"]}`. Higher `metric` in metrics.json is better.
    """
    # TODO: for each setting, run a named experiment with its parameters (`dvc exp run --name ... -S ...`)
    #       and read its metric from metrics.json, which the experiment leaves in the workspace.
    # TODO: apply the best experiment to the workspace (`dvc exp apply NAME`) and return its name.
    return ""
