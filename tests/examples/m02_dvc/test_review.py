import pytest
import yaml

pytestmark = pytest.mark.slow  # real git + DVC repositories


def test_review_prints_the_tables_the_lesson_shows(shell, credit_data_path, course_root, tmp_path):
    repo = shell.toy_repo(tmp_path / "repo", credit_data_path)
    params = yaml.safe_load((repo / "params.yaml").read_text())
    params["train"]["feature"] = "home"
    (repo / "params.yaml").write_text(yaml.safe_dump(params))
    shell.run("dvc", "repro", "--quiet", cwd=repo)
    output = shell.script("review.sh", repo)
    shown = (course_root / "modules/m02_dvc/examples/review_output.txt").read_text()
    assert output.strip() == shown.strip(), f"review.sh now prints:\n{output}"
