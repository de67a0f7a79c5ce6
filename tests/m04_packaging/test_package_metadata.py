"""Exercise package_metadata: the learner's pyproject.toml, checked through a wheel that hatchling really builds."""

import zipfile
from email.parser import Parser
from importlib.metadata import version

import pytest
from packaging.requirements import Requirement

pytestmark = pytest.mark.slow
RANGED = {"pandas", "scikit-learn", "skops"}


@pytest.fixture
def wheel_metadata(scoring_package, wheel_of, wheel_text):
    """Build the wheel from the learner's pyproject.toml and parse its METADATA (an email-style header)."""
    return lambda: Parser().parsestr(wheel_text(wheel_of(scoring_package), "METADATA"))


def test_wheel_names_the_package_version_and_python(wheel_metadata):
    metadata = wheel_metadata()
    assert metadata["Name"] == "lender-scoring", f"name should be lender-scoring, the wheel says {metadata['Name']}"
    assert metadata["Version"] == "1.0.0", f"version should be 1.0.0, the wheel says {metadata['Version']}"
    assert metadata["Requires-Python"] == ">=3.11", f"requires-python should be >=3.11, got {metadata['Requires-Python']}"
    assert metadata["Summary"], "give the package a one-line description"


def test_dependencies_are_ranges_that_admit_the_installed_versions(wheel_metadata):
    requirements = [Requirement(line) for line in wheel_metadata().get_all("Requires-Dist", [])]
    runtime = {req.name: req for req in requirements if req.marker is None}
    assert set(runtime) == RANGED, f"the dependencies should be exactly {sorted(RANGED)}, got {sorted(runtime)}"
    for name, req in runtime.items():
        operators = {spec.operator for spec in req.specifier}
        assert "==" not in operators, f"{req}: a pin (==) belongs in the lock file, not in a package's dependencies"
        assert operators & {">=", ">"} and operators & {"<", "<="}, f"{req}: give a lower and an upper bound, e.g. {name}>=X,<Y"
        installed = version(name)
        assert req.specifier.contains(installed), f"{req} excludes {name} {installed}, the version the course installed"


def test_dev_extra_holds_pytest(wheel_metadata):
    metadata = wheel_metadata()
    assert metadata.get_all("Provides-Extra") == ["dev"], "declare exactly one optional extra, named dev"
    extras = [Requirement(line) for line in metadata.get_all("Requires-Dist", []) if "extra" in line]
    assert [req.name for req in extras] == ["pytest"], f"the dev extra should hold pytest, it holds {[str(r) for r in extras]}"
    assert extras[0].marker.evaluate({"extra": "dev"}), "pytest should be installed only with the dev extra"


def test_console_script_runs_cli_main(scoring_package, wheel_of, wheel_text):
    entry_points = wheel_text(wheel_of(scoring_package), "entry_points.txt")
    lines = [line.replace(" ", "") for line in entry_points.splitlines()]
    assert "[console_scripts]" in lines, "declare the command under [project.scripts]"
    assert "lender-score=lender_scoring.cli:main" in lines, f"expected lender-score = lender_scoring.cli:main, got:\n{entry_points}"


def test_wheel_holds_the_package_and_nothing_else(scoring_package, wheel_of):
    with zipfile.ZipFile(wheel_of(scoring_package)) as archive:
        names = archive.namelist()
    code = sorted(name for name in names if not name.split("/")[0].endswith(".dist-info"))
    modules = (scoring_package / "src" / "lender_scoring").glob("*.py")
    expected = sorted(f"lender_scoring/{module.name}" for module in modules)
    assert "lender_scoring/model.py" in expected, "the package's given file src/lender_scoring/model.py is missing"
    assert code == expected, f"the wheel should hold exactly {expected} (no tests, no src/ prefix), it holds {code}"
