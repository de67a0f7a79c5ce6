"""Tested: the team's tests pass, and mutmut, applied to their feature code, reports a mutation score; points scale with it."""

import re
import sys
from pathlib import Path

import pytest
import tomlkit

from puente.capstone.team_repo import command, run, tail
from puente.i18n import say

pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]
FLOORS = (0.5, 0.7, 0.9)
CAUGHT = {"killed", "timeout"}
MIN_TESTS = 3
MUTMUT = str(Path(sys.executable).with_name("mutmut"))


@pytest.fixture(scope="module")
def team_tests(built):
    words = command(built.config, "test")
    if not words:
        pytest.fail(say(en="capstone.toml has no [test] command: write the one that runs your tests, e.g. [\"python\", \"-m\", \"pytest\", \"tests\"]",
                        es="capstone.toml no tiene un [test] command: escriba el que corre sus pruebas, por ejemplo [\"python\", \"-m\", \"pytest\", \"tests\"]"), pytrace=False)
    return run(built.repo, words)


@pytest.fixture(scope="module")
def mutation_score(built, team_tests):
    """mutmut's share of caught mutants of the team's [test] feature_code, configured by the course, not by the team."""
    feature_code = built.config.get("test", {}).get("feature_code", "")
    if team_tests.returncode != 0 or not feature_code or not (built.repo / feature_code).is_file():
        pytest.fail(say(en="mutation testing needs passing tests and `feature_code` in capstone.toml's [test] (the file of your cleaning code)",
                        es="las pruebas de mutación necesitan pruebas que pasen y `feature_code` en el [test] de capstone.toml (el archivo de su código de limpieza)"), pytrace=False)
    pyproject = built.repo / "pyproject.toml"
    document = tomlkit.parse(pyproject.read_text(encoding="utf-8")) if pyproject.is_file() else tomlkit.document()
    document.setdefault("tool", tomlkit.table())["mutmut"] = {"source_paths": [feature_code], "pytest_add_cli_args_test_selection": ["tests/"]}
    pyproject.write_text(tomlkit.dumps(document), encoding="utf-8")
    done = run(built.repo, [MUTMUT, "run"])
    results = run(built.repo, [MUTMUT, "results", "--all", "true"])
    statuses = re.findall(r"^\s*\S+__mutmut_\d+:\s*(\w[\w ]*?)\s*$", results.stdout, flags=re.MULTILINE)
    counted = [s for s in statuses if s != "skipped"]
    if not counted:
        pytest.fail(say(en="mutmut made no mutant of {file}:\n{log}", es="mutmut no hizo ningún mutante de {file}:\n{log}",
                        file=feature_code, log=tail(done)), pytrace=False)
    return sum(s in CAUGHT for s in counted) / len(counted), len(counted)


def test_the_team_tests_pass(team_tests):
    passed = re.search(r"(\d+) passed", team_tests.stdout)
    assert team_tests.returncode == 0 and passed and int(passed[1]) >= MIN_TESTS, say(
        en="your tests must pass in the clean copy, at least {minimum} of them:\n{log}",
        es="sus pruebas deben pasar en la copia limpia, al menos {minimum}:\n{log}", minimum=MIN_TESTS, log=tail(team_tests))


@pytest.mark.parametrize("floor", FLOORS)
def test_the_mutation_score_reaches(mutation_score, floor):
    score, mutants = mutation_score
    assert score >= floor, say(
        en="mutmut made {mutants} mutants of your feature code and your tests caught {score:.0%}; this step asks {floor:.0%}. `mutmut results` lists the survivors: write the test that tells each one from your code",
        es="mutmut hizo {mutants} mutantes de su código de variables y sus pruebas atraparon el {score:.0%}; este escalón pide {floor:.0%}. `mutmut results` lista los sobrevivientes: escriba la prueba que distingue a cada uno de su código",
        mutants=mutants, score=score, floor=floor)
