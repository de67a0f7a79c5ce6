"""Each exercise names what it builds on, so that graded alone (`puente grade --only`) its tests run the learner code they need.

The learner modules that an exercise's reference solution (its Python files and its notebooks' code
cells) and its graded test file import must be its own files, files of the exercises it builds on
(`builds_on` in course.toml, followed through), or course files that no exercise owns.
"""

import ast
from pathlib import Path

import nbformat
import pytest

from puente.manifest import Exercise, load_manifest

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = load_manifest(ROOT)
OWNERS: dict[str, set[str]] = {}
for _exercise in MANIFEST.exercise:
    for _name in _exercise.files:
        OWNERS.setdefault(f"{_exercise.module}/{_name}", set()).add(_exercise.id)


def sources(exercise: Exercise) -> list[str]:
    found = [(ROOT / exercise.test_file).read_text(encoding="utf-8")]
    for path in (ROOT / "solutions" / exercise.module / name for name in exercise.files):
        for file in [path] if path.is_file() else sorted(path.rglob("*")) if path.is_dir() else []:
            if file.suffix == ".py":
                found.append(file.read_text(encoding="utf-8"))
            elif file.suffix == ".ipynb":
                cells = nbformat.read(file, as_version=4).cells
                code = (cell.source for cell in cells if cell.cell_type == "code")
                found += ["\n".join(line for line in text.splitlines() if not line.lstrip().startswith(("%", "!"))) for text in code]
    return found


def learner_files_imported(source: str) -> set[str]:
    """Exercise files (module/file) that `source` imports, as `from m05_serving.app import x` or `import m05_serving.app`."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
        elif isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
    files = set()
    for name in names:
        path = name.replace(".", "/")
        files |= {candidate for candidate in (f"{path}.py", path) if candidate in OWNERS}
    return files


@pytest.mark.parametrize("exercise", MANIFEST.exercise, ids=lambda e: e.id)
def test_an_exercise_names_the_exercises_whose_code_its_tests_run(exercise):
    foundations = {e.id for e in MANIFEST.with_foundations([exercise])}
    needed = {file for source in sources(exercise) for file in learner_files_imported(source)}
    missing = sorted(file for file in needed if not OWNERS[file] & foundations)
    assert not missing, (
        f"{exercise.id} runs the learner's {missing}; add the exercise that owns it "
        f"({sorted(set().union(*(OWNERS[f] for f in missing)))}) to its builds_on in course.toml"
    )


def test_an_unknown_foundation_is_refused(tmp_path):
    text = (ROOT / "course.toml").read_text(encoding="utf-8")
    (tmp_path / "course.toml").write_text(text.replace('builds_on = ["serving_endpoints"]', 'builds_on = ["serving_endpoint"]'), encoding="utf-8")
    with pytest.raises(Exception, match="builds on 'serving_endpoint', which is not another"):
        load_manifest(tmp_path)
