import yaml


def test_params_name_the_data_seed_and_test_size(examples_dir, course_root):
    params = yaml.safe_load((examples_dir / "params.yaml").read_text(encoding="utf-8"))
    assert params == {"data": "../../../data/credit_data.csv", "seed": 42, "test_size": 0.2}
    assert (examples_dir / params["data"]).resolve() == (course_root / "data" / "credit_data.csv").resolve()
