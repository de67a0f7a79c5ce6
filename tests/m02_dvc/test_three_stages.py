from pathlib import Path

import pytest
import yaml

from puente.i18n import say

pytestmark = pytest.mark.slow  # real git + DVC repositories

FILE = "three_stages.yaml"
ALL_STAGES = {"prepare", "train", "evaluate"}


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, template_repo, learner_file, course_root, credit_data_path, tools) -> Path:
    """The learner's file, installed as dvc.yaml beside the toy pipeline's scripts, in a fresh repository."""
    repo = tools.new_repo(template_repo, tmp_path_factory.mktemp("repo"), learner_file, installed_as="dvc.yaml")
    tools.add_toy_pipeline(repo, course_root, credit_data_path)
    return repo


@pytest.fixture(scope="module")
def runs(pipeline, tools) -> dict[str, set[str]]:
    """Which stages ran: first repro, repro again, after a training parameter changed, after train.py changed."""
    ran = {"first": tools.stages_run(tools.run("dvc", "repro", cwd=pipeline).stdout)}
    ran["again"] = tools.stages_run(tools.run("dvc", "repro", cwd=pipeline).stdout)
    params = yaml.safe_load((pipeline / "params.yaml").read_text())
    params["train"]["smoothing"] = 2
    (pipeline / "params.yaml").write_text(yaml.safe_dump(params))
    ran["train_param"] = tools.stages_run(tools.run("dvc", "repro", cwd=pipeline).stdout)
    with (pipeline / "train.py").open("a") as script:
        script.write("\n# a comment changes the script's hash, not what it writes\n")
    ran["train_script"] = tools.stages_run(tools.run("dvc", "repro", cwd=pipeline).stdout)
    return ran


def test_repro_runs_every_stage_and_writes_their_outputs(pipeline, runs, tools):
    assert runs["first"] == ALL_STAGES, say(en="the first `dvc repro` must run prepare, train and evaluate; it ran {ran}",
                                       es="el primer `dvc repro` debe correr prepare, train y evaluate; corrió {ran}", ran=sorted(runs["first"]))
    for output in ("prepared/train.csv", "prepared/test.csv", "model.json", "metrics.json"):
        assert (pipeline / output).is_file(), say(en="{output} is missing after `dvc repro`", es="falta {output} después de `dvc repro`", output=output)
    locked = yaml.safe_load((pipeline / "dvc.lock").read_text())["stages"]
    assert set(locked) == ALL_STAGES, say(en="dvc.lock must record the three stages, it has {stages}", es="dvc.lock debe registrar las tres etapas; tiene {stages}", stages=sorted(locked))
    assert "model.json" in [out["path"] for out in locked["train"].get("outs", [])], say(en="train must declare model.json in outs", es="train debe declarar model.json en outs")
    metrics = tools.run("dvc", "metrics", "show", "--json", cwd=pipeline).stdout
    assert '"auc"' in metrics, say(en="declare metrics.json under `metrics:` in evaluate so `dvc metrics show` finds the AUC",
                                es="declare metrics.json bajo `metrics:` en evaluate para que `dvc metrics show` encuentre el AUC")


def test_a_second_repro_runs_nothing(runs):
    assert runs["first"] == ALL_STAGES, first_run_message(runs)
    assert runs["again"] == set(), say(en="nothing changed, yet `dvc repro` ran {ran}: are outputs listed as deps of their own stage?",
                                   es="nada cambió y aun así `dvc repro` corrió {ran}: ¿hay salidas listadas como deps de su propia etapa?", ran=sorted(runs["again"]))


def test_a_training_parameter_reruns_train_and_evaluate_only(runs):
    assert runs["first"] == ALL_STAGES, first_run_message(runs)
    assert runs["train_param"] == {"train", "evaluate"}, (
        say(en="changing train.smoothing must rerun train and evaluate, not prepare; it ran {ran}: "
               "give train `params: [train]` and prepare `params: [prepare]`",
            es="cambiar train.smoothing debe volver a correr train y evaluate, no prepare; corrió {ran}: "
               "dele a train `params: [train]` y a prepare `params: [prepare]`", ran=sorted(runs["train_param"]))
    )


def test_each_stage_depends_on_its_own_script(runs):
    assert runs["first"] == ALL_STAGES, first_run_message(runs)
    assert runs["train_script"] == {"train"}, (
        say(en="after editing train.py only train should rerun (its model.json did not change), it ran {ran}: "
               "list train.py in train's deps",
            es="después de editar train.py solo train debe volver a correr (su model.json no cambió); corrió {ran}: "
               "liste train.py en los deps de train", ran=sorted(runs["train_script"]))

    )


def first_run_message(runs) -> str:
    return say(en="the first `dvc repro` must run all three stages; it ran {ran}",
               es="el primer `dvc repro` debe correr las tres etapas; corrió {ran}", ran=sorted(runs["first"]))
