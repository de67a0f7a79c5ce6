"""The lesson's unit tests pass on debt_ratio.py and catch a ratio computed upside down."""

from puente.mutation import run_variant


def test_the_unit_tests_pass_on_the_example_and_catch_a_swap(course_root, tmp_path):
    examples = course_root / "modules" / "m03_testing" / "examples"
    tests = examples / "debt_ratio_tests.py"
    swapped = tmp_path / "swapped.py"
    swapped.write_text((examples / "debt_ratio.py").read_text().replace("(debt or 0.0) / income", "income / (debt or 1.0)"))
    correct_run = run_variant(tests, "debt_ratio", "correct", examples / "debt_ratio.py")
    assert correct_run.outcome == "passed", correct_run.output
    assert run_variant(tests, "debt_ratio", "swapped", swapped).outcome == "failed"
