import importlib.util


def load(course_root):
    path = course_root / "modules" / "m03_testing" / "examples" / "behaviour_checks.py"
    spec = importlib.util.spec_from_file_location("m03_example_behaviour_checks", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unfair_decide(applicant):
    return "approve" if applicant["income"] >= 150 or applicant["marital"] == "married" else "reject"


def unfair_score(applicant):
    return min(applicant["income"], 300) - max(applicant["income"] - 300, 0)


def test_flips_finds_the_statuses_that_change_a_decision(course_root):
    flips = load(course_root).flips
    applicant = {"income": 100, "marital": "married"}
    assert flips(unfair_decide, applicant, "marital", ["married", "single", "widow"]) == ["single", "widow"]
    assert flips(unfair_decide, {**applicant, "income": 200}, "marital", ["single", "widow"]) == []


def test_drops_finds_where_more_income_lowers_the_score(course_root):
    drops = load(course_root).drops
    assert drops(unfair_score, {"income": 0}, "income", [100, 200, 300, 400, 500]) == [(300, 400), (400, 500)]
    assert drops(unfair_score, {"income": 0}, "income", [0, 100, 200, 300]) == []
