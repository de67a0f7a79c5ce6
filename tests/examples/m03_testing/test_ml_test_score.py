import importlib.util


def load(course_root):
    path = course_root / "modules" / "m03_testing" / "examples" / "ml_test_score.py"
    spec = importlib.util.spec_from_file_location("m03_example_ml_test_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_rubric_has_four_sections_of_seven_tests(course_root):
    checklist = load(course_root).CHECKLIST
    assert list(checklist) == ["data", "model", "infrastructure", "monitoring"]
    assert [len(tests) for tests in checklist.values()] == [7, 7, 7, 7]


def test_the_pipeline_after_module_03_scores_zero_because_nothing_is_monitored(course_root):
    rubric = load(course_root)
    assert rubric.section_scores() == {"data": 3.5, "model": 3.5, "infrastructure": 3.5, "monitoring": 0.0}
    assert rubric.ml_test_score() == 0.0
    assert rubric.verdict(0.0) == "more of a research project than a productionized system"


def test_the_final_score_is_the_weakest_section(course_root):
    rubric = load(course_root)
    checklist = {"a": [("x", 1.0, ""), ("y", 1.0, "")], "b": [("z", 0.5, "")]}
    assert rubric.ml_test_score(checklist) == 0.5
    assert rubric.verdict(2.5) == "reasonably tested; more of the tests and procedures may be automated"
    assert rubric.verdict(6.0) == "exceptional levels of automated testing and monitoring"
