import runpy


def test_the_data_md5_is_the_one_dvc_recorded(course_root, credit_data_path):
    example = runpy.run_path(str(course_root / "modules" / "m04_packaging" / "examples" / "dvc_data_hash.py"))
    md5 = example["file_md5"](credit_data_path)
    assert len(md5) == 32
    assert example["dvc_recorded_md5"](course_root, "data", "credit_data.csv") == md5, "data/ differs from what data.dvc records: run `dvc checkout`"
