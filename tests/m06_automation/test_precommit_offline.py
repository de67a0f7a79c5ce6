"""pre-commit-config.yaml stops a notebook with outputs, a lint error and a 20 MB file, and passes a clean tree.

Each scenario is a fresh git repository holding the lender's files; `pre-commit run --all-files`
runs there with its own empty PRE_COMMIT_HOME, so only local hooks can work (nothing is downloaded).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from puente.i18n import say
from puente.lender_repo import TEMPLATE, tool_env

FILE = "pre-commit-config.yaml"
SCENARIOS = ("clean", "notebook_with_outputs", "lint_error", "large_file")

pytestmark = pytest.mark.slow


def notebook(with_outputs: bool) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell("approved = 0.8\napproved")
    if with_outputs:
        cell.execution_count = 1
        cell.outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "0.8"}, execution_count=1)]
    return nbformat.v4.new_notebook(cells=[cell])


def make_scenario(folder: Path, scenario: str, course_root: Path, config: Path) -> Path:
    shutil.copytree(course_root / TEMPLATE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(config, folder / ".pre-commit-config.yaml")
    nbformat.write(notebook(scenario == "notebook_with_outputs"), folder / "analysis.ipynb")
    if scenario == "lint_error":
        (folder / "src/lender_ci/report.py").write_text('"""A report."""\n\nimport os\n\n\ndef title():\n    return "report"\n')
    if scenario == "large_file":
        (folder / "applications_2026_12.csv").write_bytes(b"age,income\n" + b"35,1200\n" * (20 * 1024 * 1024 // 8))
    env = tool_env()
    for command in (["git", "init", "--quiet"], ["git", "add", "--all"]):
        subprocess.run(command, cwd=folder, env=env, check=True, capture_output=True)
    return folder


@pytest.fixture(scope="module")
def results(learner_file, course_root, tmp_path_factory):
    """Each scenario's repository, pre-commit's exit code and its output."""
    home = tmp_path_factory.mktemp("pre-commit home")
    env = {**tool_env(), "PRE_COMMIT_HOME": str(home), "PIP_NO_INDEX": "1", "PRE_COMMIT_COLOR": "never"}
    found = {}
    for scenario in SCENARIOS:
        repo = make_scenario(tmp_path_factory.mktemp(scenario) / "repo", scenario, course_root, learner_file)
        done = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo, env=env,
                              capture_output=True, text=True, timeout=600)
        found[scenario] = (repo, done.returncode, done.stdout + done.stderr)
    return found


def test_a_clean_tree_passes_every_hook(results):
    _, code, output = results["clean"]
    passed = output.count("Passed")
    assert code == 0 and passed >= 3, say(
        en="on a clean tree pre-commit must pass with at least three hooks run (exit {code}, {passed} passed):\n{output}",
        es="en un árbol limpio pre-commit debe pasar con al menos tres hooks ejecutados (salida {code}, {passed} pasaron):\n{output}",
        code=code, passed=passed, output=output[-2000:])


def test_a_notebook_with_outputs_is_stopped_and_stripped(results):
    repo, code, output = results["notebook_with_outputs"]
    left = [cell.get("outputs") for cell in nbformat.read(repo / "analysis.ipynb", as_version=4).cells]
    assert code != 0 and left == [[]], say(
        en="a notebook with outputs must stop the commit and come out stripped (exit {code}, outputs left {left}):\n{output}",
        es="un cuaderno con salidas debe detener el commit y quedar limpio (salida {code}, salidas que quedan {left}):\n{output}",
        code=code, left=left, output=output[-2000:])


def test_a_lint_error_is_stopped(results):
    _, code, output = results["lint_error"]
    assert code != 0 and "F401" in output, say(
        en="an unused import must stop the commit, with ruff's F401 in the output (exit {code}):\n{output}",
        es="un import sin usar debe detener el commit, con el F401 de ruff en la salida (salida {code}):\n{output}",
        code=code, output=output[-2000:])


def test_a_20_mb_file_is_stopped(results):
    _, code, output = results["large_file"]
    assert code != 0 and "applications_2026_12.csv" in output, say(
        en="a 20 MB file must stop the commit and be named in the output (exit {code}):\n{output}",
        es="un archivo de 20 MB debe detener el commit y aparecer en la salida (salida {code}):\n{output}",
        code=code, output=output[-2000:])
