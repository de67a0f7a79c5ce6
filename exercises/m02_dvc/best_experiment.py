"""Run one DVC experiment per parameter setting and apply the one with the best metric.

ES: Corra un experimento de DVC por cada configuración de parámetros y aplique el de mejor métrica.
"""

import json
import subprocess
from pathlib import Path


def try_settings(settings: dict[str, list[str]], metric: str = "auc") -> str:
    """Run `dvc exp run --name NAME -S param=value ...` for each setting; apply the best; return its name.

    `settings` maps an experiment name to its parameter assignments, for example
    `{"by_home": ["train.feature=home"]}`. Higher `metric` in metrics.json is better.

    ES: Corra `dvc exp run --name NOMBRE -S parametro=valor ...` por cada configuración; aplique la mejor;
    devuelva su nombre. `settings` asocia el nombre de un experimento con sus asignaciones de parámetros,
    por ejemplo `{"by_home": ["train.feature=home"]}`. Un `metric` más alto en metrics.json es mejor.
    """
    # TODO: for each setting, run a named experiment with its parameters (`dvc exp run --name ... -S ...`)
    #       and read its metric from metrics.json, which the experiment leaves in the workspace.
    # POR HACER: por cada configuración, corra un experimento con nombre y sus parámetros (`dvc exp run --name ... -S ...`)
    #       y lea su métrica de metrics.json, que el experimento deja en el espacio de trabajo.
    # TODO: apply the best experiment to the workspace (`dvc exp apply NAME`) and return its name.
    # POR HACER: aplique el mejor experimento al espacio de trabajo (`dvc exp apply NOMBRE`) y devuelva su nombre.
    return ""
