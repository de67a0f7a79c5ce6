"""The lesson's hypothesis properties pass on debt_ratio.py and catch a ratio that can go negative."""

from puente.mutation import run_variant


def test_the_properties_pass_on_the_example_and_catch_a_sign_bug(course_root, tmp_path):
    examples = course_root / "modules" / "m03_testing" / "examples"
    properties = examples / "debt_ratio_properties.py"
    negative = tmp_path / "negative.py"
    negative.write_text((examples / "debt_ratio.py").read_text().replace("(debt or 0.0) / income", "(debt or 0.0) / income - 1"))
    correct_run = run_variant(properties, "debt_ratio", "correct", examples / "debt_ratio.py")
    assert correct_run.outcome == "passed", correct_run.output
    assert run_variant(properties, "debt_ratio", "negative", negative).outcome == "failed"
