"""Mutation grading rewards tests of behaviour: learner tests that fingerprint the code earn nothing.

Each trick of tests/toolkit/redteam/mutation/ is a learner test file for `feature_tests` that
recognises the correct credit_features (a hash kept in /tmp or $HOME, a comparison with the
public pack's source) instead of testing it. Private tmp and home per variant, the pack's
equivalent variants and the static flag each stop them; honest tests still earn every point.
"""

import csv
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRICKS = Path(__file__).parent / "redteam" / "mutation"
MODULE = "m03_testing"


def _build(folder: Path) -> list[str]:
    names = sorted(path.stem for path in TRICKS.glob("*.toml"))
    for name in names:
        submission = folder / name
        shutil.copytree(ROOT / "exercises" / MODULE, submission / "exercises" / MODULE, ignore=shutil.ignore_patterns("__pycache__"))
        for relative, text in tomllib.loads((TRICKS / f"{name}.toml").read_text())["files"].items():
            (submission / relative).write_text(text.lstrip("\n"))
    shutil.copytree(ROOT / "solutions" / MODULE, folder / "honest" / "exercises" / MODULE, ignore=shutil.ignore_patterns("__pycache__"))
    return names


def _grade(folder: Path, out: Path, *extra: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "puente.grading", "grade", str(folder), "--out", str(out), "--only", "feature_tests",
         "--jobs", "2", "--quiet", *extra], cwd=ROOT, capture_output=True, text=True, timeout=3000,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    with open(out / "grades.csv", encoding="utf-8") as handle:
        return {row["student"]: row for row in csv.DictReader(handle)}


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_fingerprinting_tests_earn_nothing_and_honest_tests_everything(tmp_path):
    names = _build(tmp_path / "class")
    rows = _grade(tmp_path / "class", tmp_path / "out")
    assert float(rows["honest"]["feature_tests"]) == 20 and rows["honest"]["status"] == "graded", rows["honest"]
    for name in names:
        expect = tomllib.loads((TRICKS / f"{name}.toml").read_text())["expect"]
        assert float(rows[name]["feature_tests"]) == 0, f"{name}: {rows[name]}"
        assert expect["flag"] in rows[name]["flags"], f"{name}: {rows[name]['flags']}"
    # even with the flags ignored, no fingerprint catches a mutant: each variant has its own empty tmp and home
    # (so the note is gone: the suite passes everywhere, like a suite that tests nothing), and the comparison
    # with the public source fails on the pack's equivalent variants (so it earns nothing at all)
    kept = _grade(tmp_path / "class", tmp_path / "kept", "--keep-flagged-scores")
    assert float(kept["compares_with_public_source"]["feature_tests"]) == 0, kept["compares_with_public_source"]
    for name in names:
        results = json.loads((tmp_path / "kept" / name / "results.json").read_text())
        caught = [t["name"] for t in results["tests"] if "test_your_tests_catch" in t["name"] and t["status"] == "passed"]
        assert caught == [], f"{name} with flags kept caught {caught}"
    feedback = (tmp_path / "kept" / "compares_with_public_source" / "feedback.md").read_text()
    assert "the CORRECT code written differently" in feedback and "not what it does" in feedback
