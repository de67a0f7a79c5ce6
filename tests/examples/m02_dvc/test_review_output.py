def test_the_output_shows_one_parameter_and_the_auc_it_moved(course_root):
    text = (course_root / "modules/m02_dvc/examples/review_output.txt").read_text()
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in text.splitlines() if line.startswith("| ")]
    assert rows == [
        ["Path", "Param", "HEAD", "workspace"],
        ["params.yaml", "train.feature", "job", "home"],
        ["Path", "Metric", "HEAD", "workspace", "Change"],
        ["metrics.json", "auc", "0.6123", "0.7067", "0.0944"],
    ]
