"""package_metadata grades what the lesson teaches: declare what the code imports, floors always, ceilings on evidence."""

import tomllib

import pytest

pytestmark = pytest.mark.slow
TEST_FILE = "tests/m04_packaging/test_package_metadata.py"
PYPROJECT = "scoring_package/pyproject.toml"


def with_dependencies(course_root, dependencies: list[str]) -> str:
    """The reference pyproject.toml with another dependencies list."""
    text = (course_root / "solutions" / "m04_packaging" / PYPROJECT).read_text(encoding="utf-8")
    start = text.index("dependencies = [")
    end = text.index("]", start) + 1
    return text[:start] + "dependencies = [" + ", ".join(f'"{d}"' for d in dependencies) + "]" + text[end:]


def all_passed(outcomes: dict[str, str]) -> bool:
    return bool(outcomes) and all(outcome == "passed" for outcome in outcomes.values())


def test_declaring_numpy_with_ceilings_everywhere_passes(course_root, alternative, graded):
    ceilings = ["numpy>=1.26,<3", "pandas>=2.2,<4", "scikit-learn>=1.5,<2", "skops>=0.10,<1"]
    outcomes = graded(TEST_FILE, alternative("m04_packaging", {PYPROJECT: with_dependencies(course_root, ceilings)}))
    assert all_passed(outcomes), outcomes


def test_floors_without_any_ceiling_pass(course_root, alternative, graded):
    floors = ["numpy>=1.26", "pandas>=2.2", "scikit-learn>=1.5", "skops>=0.10"]
    outcomes = graded(TEST_FILE, alternative("m04_packaging", {PYPROJECT: with_dependencies(course_root, floors)}))
    assert all_passed(outcomes), outcomes


def test_leaving_out_an_import_or_pinning_fails(course_root, alternative, graded):
    no_numpy = graded(TEST_FILE, alternative("m04_packaging", {PYPROJECT: with_dependencies(course_root, ["pandas>=2.2", "scikit-learn>=1.5", "skops>=0.10"])}))
    assert no_numpy["test_dependencies_are_what_the_code_imports"].startswith("failed"), no_numpy
    assert "imports numpy" in no_numpy["test_dependencies_are_what_the_code_imports"], no_numpy
    pinned = graded(TEST_FILE, alternative("m04_packaging", {PYPROJECT: with_dependencies(course_root, ["numpy>=1.26", "pandas==3.1.1", "scikit-learn>=1.5", "skops>=0.10"])}))
    assert pinned["test_dependencies_have_floors_no_pins_and_admit_the_installed_versions"].startswith("failed"), pinned


def test_the_stub_does_not_hold_the_answer(course_root):
    """Every value the learner must write is absent from the stub (only `[project]` and the name are given)."""
    stub = (course_root / "exercises" / "m04_packaging" / PYPROJECT).read_text(encoding="utf-8")
    given = tomllib.loads(stub)
    assert given == {"project": {"name": "lender-scoring"}}, given
    for answer in ("hatchling.build", "build-backend", "requires = [", "[project.scripts]", "[project.optional-dependencies]"):
        assert answer not in stub, f"the stub gives away {answer!r}"
