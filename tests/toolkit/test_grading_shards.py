"""A class over several machines: two shards merged equal one run over the whole class, file by file."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from puente.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[2]
MODULE = "m00_welcome"
pytestmark = pytest.mark.slow  # sandboxed grading runs: make test, not make test-fast
RUN_SPECIFIC = [(re.compile(r'time="[0-9.]+"'), 'time=""'), (re.compile(r'"(execution_time|seconds)": [0-9.]+'), r'"\1": 0'),
                (re.compile(r"\b[0-9]+\.[0-9]+s\b"), "Ns"), (re.compile(r"\b[0-9]+(\.[0-9]+)? s\b"), "N s"),
                # without bubblewrap the staged course keeps its temporary name (inside it, it is always /course)
                (re.compile(r"/[^\s'\"]*/puente-grade-[^/\s]+/s[0-9]+"), "/course")]


def _grade(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "puente.grading", "grade", *args, "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]


def _class(folder: Path) -> None:
    """Five students: full, stub, one solved exercise, a zip-less empty folder, and a name with an accent."""
    for name, tree in (("ana", "solutions"), ("beto", "exercises"), ("carla", "exercises"), ("dario", None), ("éva", "solutions")):
        target = folder / name / "exercises" / MODULE
        if tree is None:
            (folder / name).mkdir(parents=True)
            continue
        shutil.copytree(ROOT / tree / MODULE, target, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "solutions" / MODULE / "first_look.py", folder / "carla" / "exercises" / MODULE / "first_look.py")


def _files(out: Path) -> dict[str, bytes]:
    found = {}
    for path in sorted(out.rglob("*")):
        relative = path.relative_to(out).as_posix()
        if path.is_file() and relative not in ("run.json",):
            data = path.read_bytes()
            if path.suffix in (".xml", ".json", ".md", ".log", ".csv"):
                text = data.decode("utf-8")
                for pattern, replacement in RUN_SPECIFIC:
                    text = pattern.sub(replacement, text)
                data = text.encode("utf-8")
            found[relative] = data
    return found


def test_two_shards_merged_equal_one_run(tmp_path):
    folder = tmp_path / "class"
    _class(folder)
    common = ["--only", MODULE, "--jobs", "2", "--lang", "en"]
    _grade(str(folder), "--out", str(tmp_path / "one"), *common)
    _grade(str(folder), "--out", str(tmp_path / "part1"), "--shard", "1/2", *common)
    _grade(str(folder), "--out", str(tmp_path / "part2"), "--shard", "2/2", *common)
    part1 = json.loads((tmp_path / "part1" / "run.json").read_text())
    part2 = json.loads((tmp_path / "part2" / "run.json").read_text())
    assert [r["student"] for r in part1["results"]] == ["ana", "carla", "éva"]
    assert [r["student"] for r in part2["results"]] == ["beto", "dario"]
    _grade("merge", str(tmp_path / "part1"), str(tmp_path / "part2"), "--out", str(tmp_path / "merged"))
    one, merged = _files(tmp_path / "one"), _files(tmp_path / "merged")
    assert sorted(one) == sorted(merged)
    for name in one:
        assert merged[name] == one[name], f"{name} differs between one run and the merged shards"
    grades = (tmp_path / "merged" / "grades.csv").read_text().splitlines()
    full = str(sum(e.points for e in load_manifest(ROOT).exercises_of("m00_welcome")))  # a complete module 00
    assert [line.split(",")[:2] for line in grades[1:]] == [["ana", full], ["beto", "0"], ["carla", "10"], ["dario", "0"], ["éva", full]]


def test_merge_refuses_an_incomplete_set_of_shards(tmp_path):
    folder = tmp_path / "class"
    _class(folder)
    _grade(str(folder), "--out", str(tmp_path / "part1"), "--shard", "1/2", "--only", MODULE, "--no-sandbox")
    done = subprocess.run([sys.executable, "-m", "puente.grading", "grade", "merge", str(tmp_path / "part1"), str(tmp_path / "part1"),
                           "--out", str(tmp_path / "merged")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and "in two shards" in done.stderr and "Traceback" not in done.stderr


def test_the_class_workflow_grades_shards_in_a_matrix_and_merges_them():
    import yaml

    path = ROOT / ".github" / "workflows" / "grade-class.yml"
    done = subprocess.run([str(Path(sys.executable).with_name("check-jsonschema")), "--builtin-schema", "vendor.github-workflows",
                           str(path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    jobs = yaml.safe_load(path.read_text())["jobs"]
    grade = "\n".join(step.get("run", "") for step in jobs["grade"]["steps"])
    merge = "\n".join(step.get("run", "") for step in jobs["merge"]["steps"])
    assert jobs["grade"]["strategy"]["matrix"]["shard"] == "${{ fromJSON(needs.plan.outputs.shards) }}"
    assert "bubblewrap" in grade and '--shard "$SHARD"' in grade
    assert jobs["merge"]["needs"] == "grade" and 'grade merge "${parts[@]}" --out' in merge
