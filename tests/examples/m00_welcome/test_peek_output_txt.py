import pandas as pd


def test_the_output_shown_in_the_lesson_describes_the_real_data(course_root, credit_data_path):
    shown = (course_root / "modules" / "m00_welcome" / "examples" / "peek_output.txt").read_text().splitlines()
    applications = pd.read_csv(credit_data_path)
    assert shown[0] == str(applications.shape)
    assert shown[1] == str(applications["status"].value_counts().to_dict())
