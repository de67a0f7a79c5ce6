import json
import os
import shutil
from pathlib import Path

import pytest
import yaml

from puente.i18n import say

pytestmark = pytest.mark.slow  # real git + DVC repositories

FILE = "best_experiment.py"
SETTINGS = {  # the best one in the middle: neither "apply the first" nor "apply the last" passes
    "by_marital": ["train.feature=marital"],
    "by_home": ["train.feature=home"],
    "by_records": ["train.feature=records", "train.smoothing=0"],
}
CALL = "import json, sys; from m02_dvc.best_experiment import try_settings; print(json.dumps(try_settings(json.loads(sys.argv[1]))))"


@pytest.fixture(scope="module")
def repo(tmp_path_factory, template_repo, learner_file, course_root, credit_data_path, tools) -> Path:
    """The toy pipeline, reproduced and committed (`dvc exp run` needs a base commit)."""
    repo = tools.new_repo(template_repo, tmp_path_factory.mktemp("repo"), learner_file)
    tools.add_toy_pipeline(repo, course_root, credit_data_path)
    shutil.copy2(Path(__file__).with_name("toy_dvc.yaml"), repo / "dvc.yaml")
    tools.run("dvc", "repro", "--quiet", cwd=repo)
    tools.run("git", "add", "--all", cwd=repo)
    tools.run("git", "commit", "--quiet", "-m", "The toy pipeline", cwd=repo)
    return repo


@pytest.fixture(scope="module")
def chosen(repo, tools) -> str:
    """The learner's function runs in the repository, in its own process, and names its choice."""
    env = tools.env(PYTHONPATH=os.environ["PUENTE_TARGET_DIR"])
    output = tools.run("python", "-c", CALL, json.dumps(SETTINGS), cwd=repo, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def experiments(repo, chosen, tools) -> dict[str, dict]:
    """Each named experiment's params and metrics, as `dvc exp show --json` reports them."""
    shown = json.loads(tools.run("dvc", "exp", "show", "--json", cwd=repo).stdout)
    found = {}
    for row in shown:
        for experiment in row.get("experiments") or []:
            for rev in experiment["revs"]:
                if rev.get("name") in SETTINGS:
                    data = rev["data"]
                    found[rev["name"]] = {
                        "params": data["params"]["params.yaml"]["data"],
                        "auc": data["metrics"]["metrics.json"]["data"]["auc"],
                    }
    return found


def test_every_setting_becomes_a_named_experiment(experiments):
    missing = sorted(set(SETTINGS) - set(experiments))
    assert not missing, say(en="no experiment named {missing}: run `dvc exp run --name NAME -S ...` for every setting",
                         es="no hay un experimento llamado {missing}: corra `dvc exp run --name NOMBRE -S ...` para cada configuración", missing=missing)
    assert experiments["by_records"]["params"]["train"] == {"feature": "records", "smoothing": 0}, (
        say(en="by_records must run with both of its assignments: train.feature=records and train.smoothing=0",
            es="by_records debe correr con sus dos asignaciones: train.feature=records y train.smoothing=0")
    )


def test_the_best_experiment_is_applied(repo, chosen, experiments):
    assert set(experiments) == set(SETTINGS), say(en="expected the experiments {expected}, found {found}", es="se esperaban los experimentos {expected}; se encontraron {found}",
                                                  expected=sorted(SETTINGS), found=sorted(experiments))
    best = max(experiments, key=lambda name: experiments[name]["auc"])
    assert chosen == best, say(en="the best AUC is {best}'s ({auc}), but the function returned {chosen!r}",
                              es="el mejor AUC es el de {best} ({auc}), pero la función devolvió {chosen!r}", best=best, auc=experiments[best]["auc"], chosen=chosen)
    params = yaml.safe_load((repo / "params.yaml").read_text())
    assert params == experiments[best]["params"], say(en="params.yaml must hold {best}'s parameters: `dvc exp apply {best}`",
                                                 es="params.yaml debe tener los parámetros de {best}: `dvc exp apply {best}`", best=best)
    auc = json.loads((repo / "metrics.json").read_text())["auc"]
    assert auc == experiments[best]["auc"] and auc >= 0.7, say(en="metrics.json must show {best}'s AUC (at least {least}), it shows {auc}",
                                                                  es="metrics.json debe mostrar el AUC de {best} (al menos {least}); muestra {auc}", best=best, least=0.7, auc=auc)

