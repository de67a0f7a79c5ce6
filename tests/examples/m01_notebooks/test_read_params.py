import os

import pytest


def test_reads_the_params_next_to_the_code(load_example, course_root, tmp_path, monkeypatch):
    read_params = load_example("read_params")
    monkeypatch.chdir(tmp_path)  # the working folder does not matter
    params = read_params.read_params()
    assert params["seed"] == 42
    assert read_params.data_path(params) == (course_root / "data" / "credit_data.csv").resolve()
    assert os.getcwd() == str(tmp_path)


def test_missing_params_is_a_one_line_error(load_example, tmp_path):
    with pytest.raises(SystemExit, match="no params.yaml in .*: create one with data, seed and test_size"):
        load_example("read_params").read_params(tmp_path)
