"""Exercise data_behind_metric: a teammate's repository with four data-and-metric versions; which data made the reported AUC?

The history is built for real (git + DVC, the toy pipeline). One commit holds a trap a careful
reader catches: the teammate ran the pipeline on November's data, then added December's with
`dvc add` and committed both, so that commit's .dvc file names December while its metrics.json
and dvc.lock come from November.
"""

import json
import os
from pathlib import Path

import pytest
import yaml

from puente.i18n import say

pytestmark = pytest.mark.slow
FILE = "data_behind_metric.py"
DATA = "data/applications.csv"
CALL = ("import json, sys; from m02_dvc.data_behind_metric import data_behind_metric; "
        "print(json.dumps([data_behind_metric(a) for a in json.loads(sys.argv[1])]))")
NEVER_REPORTED = 0.123


def commit(repo: Path, tools, message: str) -> dict:
    tools.run("git", "add", "--all", cwd=repo)
    tools.run("git", "commit", "--quiet", "-m", message, cwd=repo)
    return json.loads((repo / "metrics.json").read_text())


def set_feature(repo: Path, feature: str) -> None:
    params = yaml.safe_load((repo / "params.yaml").read_text())
    params["train"]["feature"] = feature
    (repo / "params.yaml").write_text(yaml.safe_dump(params))


@pytest.fixture(scope="module")
def history(tmp_path_factory, template_repo, learner_file, course_root, credit_data_path, tools) -> dict:
    """Four reported AUCs and the md5 of the data each really came from; then the learner's answers."""
    repo = tools.new_repo(template_repo, tmp_path_factory.mktemp("teammate"), learner_file)
    (repo / FILE).unlink()  # the learner's code is imported from the target tree, not committed in the teammate's repo
    tools.add_toy_pipeline(repo, course_root, credit_data_path)
    (repo / "dvc.yaml").write_text((course_root / "tests" / "m02_dvc" / "toy_dvc.yaml").read_text())
    md5, reported = {}, {}

    def new_data(month: str, rows: int) -> None:
        tools.write_applications(credit_data_path, repo / DATA, 0, rows)
        tools.run("dvc", "add", "--quiet", DATA, cwd=repo)
        md5[month] = tools.md5_of(repo / DATA)

    new_data("october", 300)
    tools.run("dvc", "repro", "--quiet", cwd=repo)
    reported["october"] = commit(repo, tools, "October applications")["auc"]
    new_data("november", 450)
    tools.run("dvc", "repro", "--quiet", cwd=repo)
    new_data("december", 600)  # added after the run, committed with November's results: the trap
    reported["november"] = commit(repo, tools, "November results; December's data is in")["auc"]
    tools.run("dvc", "repro", "--quiet", cwd=repo)
    reported["december"] = commit(repo, tools, "Rerun on December's data")["auc"]
    set_feature(repo, "home")
    tools.run("dvc", "repro", "--quiet", cwd=repo)
    reported["by_home"] = commit(repo, tools, "Score applicants by home")["auc"]
    rounded = [round(reported[month], 3) for month in reported]
    assert len(set(rounded)) == len(rounded), f"the fixture needs four different AUCs, got {reported}"
    env = tools.env(PYTHONPATH=os.environ["PUENTE_TARGET_DIR"])
    asked = [round(value, 3) for value in reported.values()] + [NEVER_REPORTED]
    output = tools.run("python", "-c", CALL, json.dumps(asked), cwd=repo, env=env).stdout
    answers = json.loads(output.strip().splitlines()[-1])
    return {"md5": md5, "reported": reported, "answers": dict(zip([*reported, "never"], answers, strict=True))}


def check(history, month: str, data_month: str) -> None:
    got, expected = history["answers"][month], history["md5"][data_month]
    assert got == expected, say(
        en="the AUC {auc:.3f} came from {data_month}'s data (md5 {expected}); the function returned {got!r}",
        es="el AUC {auc:.3f} salió de los datos de {data_month} (md5 {expected}); la función devolvió {got!r}",
        auc=history["reported"][month], data_month=data_month, expected=expected, got=got)


def test_the_oldest_report_comes_from_octobers_data(history):
    check(history, "october", "october")


def test_the_newest_report_comes_from_decembers_data(history):
    check(history, "by_home", "december")


def test_a_commit_whose_pointer_moved_on_still_names_the_data_that_ran(history):
    got = history["answers"]["november"]
    assert got != history["md5"]["december"], say(
        en="that commit's .dvc file names December's data, but its metrics were computed before `dvc add`: "
           "read which data the pipeline ran on (dvc.lock), not what the commit holds",
        es="el archivo .dvc de ese commit nombra los datos de diciembre, pero sus métricas se calcularon antes del `dvc add`: "
           "lea sobre qué datos corrió el pipeline (dvc.lock), no qué datos guarda el commit")
    check(history, "november", "november")


def test_a_number_no_commit_shows_is_none(history):
    got = history["answers"]["never"]
    assert got is None, say(en="no commit ever showed AUC {auc}: return None, got {got!r}",
                            es="ningún commit mostró nunca un AUC de {auc}: devuelva None, llegó {got!r}", auc=NEVER_REPORTED, got=got)
