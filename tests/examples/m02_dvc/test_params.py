import yaml


def test_params_give_each_stage_its_section(course_root):
    params = yaml.safe_load((course_root / "modules/m02_dvc/examples/toy_pipeline/params.yaml").read_text())
    assert params == {"prepare": {"test_share": 0.25, "seed": 7}, "train": {"feature": "job", "smoothing": 10}}
