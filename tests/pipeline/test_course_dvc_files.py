"""The DVC files the lesson shows: the course remote, the data pointer, the pipeline's parameters."""

import configparser

import yaml


def test_the_course_remote_is_the_folder_inside_the_repository(course_root):
    config = configparser.ConfigParser()
    config.read(course_root / ".dvc" / "config")
    assert config["core"]["remote"] == "course"
    assert config["core"]["analytics"] == "false"
    assert config["'remote \"course\"'"]["url"] == "../dvc-remote", "relative to .dvc/, so any clone can pull"


def test_data_dvc_points_at_the_data_folder(course_root):
    out = yaml.safe_load((course_root / "data.dvc").read_text())["outs"][0]
    assert out["path"] == "data" and out["md5"].endswith(".dir") and out["nfiles"] == 1


def test_each_stage_reads_its_own_params_section(course_root):
    params = yaml.safe_load((course_root / "params.yaml").read_text())
    stages = yaml.safe_load((course_root / "dvc.yaml").read_text())["stages"]
    assert set(stages) == {"prepare", "train", "evaluate"}
    # the lender's costs have a section of their own; so does module 07's year in production (no stage reads it)
    assert set(params) == {*stages, "decision", "monitoring"}
    for name, stage in stages.items():
        assert stage["params"] == ([name, "decision"] if name == "train" else [name]), "train alone chooses the cut-off"
        assert f"src/credit_scoring/{name}.py" in stage["deps"], f"{name} must depend on its own script"
        assert stage["cmd"] == f"python -m credit_scoring.{name}"


def test_the_stages_that_decide_depend_on_the_decision_rule(course_root):
    stages = yaml.safe_load((course_root / "dvc.yaml").read_text())["stages"]
    for name in ("train", "evaluate"):
        assert "src/credit_scoring/decision.py" in stages[name]["deps"], f"{name} imports credit_scoring.decision"


def test_the_cost_matrix_makes_a_bad_credit_dearer_than_a_lost_good_one(course_root):
    decision = yaml.safe_load((course_root / "params.yaml").read_text())["decision"]
    assert decision == {"cost_approve_bad": 5, "cost_reject_good": 1}
