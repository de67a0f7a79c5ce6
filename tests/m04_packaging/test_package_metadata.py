"""Exercise package_metadata: the learner's pyproject.toml, checked through a wheel that hatchling really builds.

The dependencies are graded by what the lesson teaches: the package declares what its code imports
(read from the code itself), each with a floor and no pin, and every range admits the version the
course installed. A ceiling is the learner's judgement: allowed, never demanded.
"""

import ast
import sys
import zipfile
from email.parser import Parser
from importlib.metadata import packages_distributions, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from puente.i18n import say

pytestmark = pytest.mark.slow
PACKAGE = "lender_scoring"


@pytest.fixture
def wheel_metadata(scoring_package, wheel_of, wheel_text):
    """Build the wheel from the learner's pyproject.toml and parse its METADATA (an email-style header)."""
    return lambda: Parser().parsestr(wheel_text(wheel_of(scoring_package), "METADATA"))


def imported_distributions(package_dir: Path) -> dict[str, str]:
    """{distribution: the file that imports it} for every third-party import of the package's code."""
    owners = packages_distributions()
    found: dict[str, str] = {}
    for module in sorted((package_dir / "src" / PACKAGE).glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for top in {name.split(".")[0] for name in names} - set(sys.stdlib_module_names) - {PACKAGE}:
                for distribution in owners.get(top, [top]):
                    found.setdefault(canonicalize_name(distribution), module.name)
    return found


def test_wheel_names_the_package_version_and_python(wheel_metadata):
    metadata = wheel_metadata()
    assert metadata["Name"] == "lender-scoring", say(en="name should be lender-scoring, the wheel says {got}",
                                                     es="el nombre debe ser lender-scoring, la wheel dice {got}", got=metadata["Name"])
    assert metadata["Version"] == "1.0.0", say(en="version should be 1.0.0, the wheel says {got}",
                                               es="la versión debe ser 1.0.0, la wheel dice {got}", got=metadata["Version"])
    assert metadata["Requires-Python"] == ">=3.11", say(en="requires-python should be >=3.11, got {got}",
                                                        es="requires-python debe ser >=3.11, llegó {got}", got=metadata["Requires-Python"])
    assert metadata["Summary"], say(en="give the package a one-line description", es="dele al paquete una descripción de una línea")


def test_dependencies_are_what_the_code_imports(wheel_metadata, scoring_package):
    requirements = [Requirement(line) for line in wheel_metadata().get_all("Requires-Dist", [])]
    declared = {canonicalize_name(req.name) for req in requirements if req.marker is None}
    imported = imported_distributions(scoring_package)
    for name, module in sorted(imported.items()):
        assert name in declared, say(en="src/lender_scoring/{module} imports {name}: declare it in dependencies (declared: {declared})",
                                     es="src/lender_scoring/{module} importa {name}: declárelo en dependencies (declaradas: {declared})",
                                     module=module, name=name, declared=sorted(declared))
    unused = sorted(declared - set(imported))
    assert not unused, say(en="the package's code never imports {unused}: a production install should not carry it",
                           es="el código del paquete nunca importa {unused}: una instalación de producción no debe cargarlo", unused=unused)


def test_dependencies_have_floors_no_pins_and_admit_the_installed_versions(wheel_metadata):
    runtime = [Requirement(line) for line in wheel_metadata().get_all("Requires-Dist", []) if Requirement(line).marker is None]
    assert runtime, say(en="declare the package's dependencies", es="declare las dependencias del paquete")
    for req in runtime:
        operators = {spec.operator for spec in req.specifier}
        assert "==" not in operators and "===" not in operators, say(
            en="{req}: a pin (==) belongs in the lock file, not in a package's dependencies",
            es="{req}: un pin (==) va en el archivo de bloqueo, no en las dependencias de un paquete", req=str(req))
        assert operators & {">=", ">", "~="}, say(
            en="{req}: give a floor, the oldest version the code works with, e.g. {name}>=X",
            es="{req}: dé un piso, la versión más vieja con la que el código funciona, p. ej. {name}>=X", req=str(req), name=req.name)
        installed = version(req.name)
        assert req.specifier.contains(installed), say(
            en="{req} excludes {name} {installed}, the version the course installed",
            es="{req} excluye {name} {installed}, la versión que instaló el curso", req=str(req), name=req.name, installed=installed)


def test_dev_extra_holds_pytest(wheel_metadata):
    metadata = wheel_metadata()
    assert metadata.get_all("Provides-Extra") == ["dev"], say(en="declare exactly one optional extra, named dev",
                                                              es="declare exactamente un extra opcional, llamado dev")
    extras = [Requirement(line) for line in metadata.get_all("Requires-Dist", []) if "extra" in line]
    assert [req.name for req in extras] == ["pytest"], say(en="the dev extra should hold pytest, it holds {got}",
                                                           es="el extra dev debe tener pytest, tiene {got}", got=[str(r) for r in extras])
    assert extras[0].marker.evaluate({"extra": "dev"}), say(en="pytest should be installed only with the dev extra",
                                                            es="pytest debe instalarse solo con el extra dev")


def test_console_script_runs_cli_main(scoring_package, wheel_of, wheel_text):
    entry_points = wheel_text(wheel_of(scoring_package), "entry_points.txt")
    lines = [line.replace(" ", "") for line in entry_points.splitlines()]
    assert "[console_scripts]" in lines, say(en="declare the command under [project.scripts]", es="declare el comando bajo [project.scripts]")
    assert "lender-score=lender_scoring.cli:main" in lines, say(
        en="expected lender-score = lender_scoring.cli:main, got:\n{got}",
        es="se esperaba lender-score = lender_scoring.cli:main, llegó:\n{got}", got=entry_points)


def test_wheel_holds_the_package_and_nothing_else(scoring_package, wheel_of):
    with zipfile.ZipFile(wheel_of(scoring_package)) as archive:
        names = archive.namelist()
    code = sorted(name for name in names if not name.split("/")[0].endswith(".dist-info"))
    modules = (scoring_package / "src" / "lender_scoring").glob("*.py")
    expected = sorted(f"lender_scoring/{module.name}" for module in modules)
    assert "lender_scoring/model.py" in expected, say(en="the package's given file src/lender_scoring/model.py is missing",
                                                      es="falta el archivo dado del paquete, src/lender_scoring/model.py")
    assert code == expected, say(en="the wheel should hold exactly {expected} (no tests, no src/ prefix), it holds {code}",
                                 es="la wheel debe tener exactamente {expected} (sin pruebas, sin el prefijo src/), tiene {code}",
                                 expected=expected, code=code)
