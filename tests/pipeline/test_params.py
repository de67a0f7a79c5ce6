import pytest

from credit_scoring.params import read_params


def test_reads_one_section(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("train:\n  C: 0.5\n")
    assert read_params("train", path) == {"C": 0.5}


def test_a_missing_section_is_named(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("train:\n  C: 0.5\n")
    with pytest.raises(KeyError, match="no `evaluate:` section"):
        read_params("evaluate", path)
