"""The mediocre team: the reference repository with stated changes, and the points it must earn.

`solutions/m08_capstone/mediocre/mediocre.toml` lists the changes (delete a file, take one from the
starter, replace a text, write a content) and the points per rubric item. `puente verify` grades
the result with the same tests as every team and checks the points item by item, so a rubric that
gives a half-done project full marks, or none, turns verify red.
"""

import shutil
import tomllib
from pathlib import Path

from puente.capstone.team_repo import TEAM_FOLDER
from puente.errors import PuenteError
from puente.i18n import tr

MODULE = "m08_capstone"
SPEC = Path("solutions") / MODULE / "mediocre" / "mediocre.toml"


def read_spec(root: Path) -> dict:
    return tomllib.loads((root / SPEC).read_text(encoding="utf-8"))


def build_mediocre(root: Path, tree: Path) -> Path:
    """Write the mediocre team into `tree/m08_capstone/team` (a --target tree) and return `tree`."""
    team = tree / MODULE / TEAM_FOLDER
    shutil.copytree(root / "solutions" / MODULE / TEAM_FOLDER, team, ignore=shutil.ignore_patterns("__pycache__"))
    (tree / MODULE / "__init__.py").touch()
    for change in read_spec(root).get("change", []):
        if "delete" in change:
            (team / change["delete"]).unlink()
        elif "from_starter" in change:
            shutil.copyfile(root / "exercises" / MODULE / TEAM_FOLDER / change["from_starter"], team / change["from_starter"])
        elif "content" in change:
            (team / change["file"]).write_text(change["content"], encoding="utf-8")
        else:
            path = team / change["file"]
            text = path.read_text(encoding="utf-8")
            if change["replace"] not in text:
                raise PuenteError(f"{SPEC}: `{change['replace']}` is not in {change['file']} of the reference", f"update {SPEC}")
            path.write_text(text.replace(change["replace"], change["with"], 1), encoding="utf-8")
    return tree


def points_by_exercise(results) -> dict[str, float]:
    earned: dict[str, float] = {}
    for result in results:
        if result.exercise:
            earned[result.exercise] = earned.get(result.exercise, 0.0) + (result.points if result.passed else 0.0)
    return earned


def mediocre_findings(root: Path, modules: list[str]) -> list[tuple[bool, str]]:
    """(ok, what) per rubric item: the mediocre team earns exactly its stated points (only when m08 is verified)."""
    if MODULE not in modules or not (root / SPEC).is_file():
        return []
    import tempfile

    from puente.verify import run_graded_tests

    expected = read_spec(root)["points"]
    with tempfile.TemporaryDirectory(prefix="puente-mediocre-", ignore_cleanup_errors=True) as scratch:
        tree = build_mediocre(root, Path(scratch) / "mediocre")
        run = run_graded_tests(root, [f"tests/{MODULE}"], str(tree), Path(scratch))
        try:
            earned = points_by_exercise(run.wait_results())
        finally:
            run.stop()
    if run.crashed:
        return [(False, tr("verify.mediocre_not_graded", output=run.output[-2000:]))]
    return [(abs(earned.get(item, 0.0) - points) < 0.01, tr("verify.mediocre_points", earned=earned.get(item, 0.0), item=item, points=points))
            for item, points in expected.items()]
