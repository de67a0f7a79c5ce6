"""The red team: hostile, malformed and honest submissions graded in one `puente grade` run.

Every trick of DESIGN §6 (tests/toolkit/redteam/*.toml) must earn zero for the exercises it
attacks or be flagged; every malformed submission gets a clear status row; honest work
earns exactly its points, in the same run, next to the attackers.

Issue 13's scenario is the same run: while the red team is graded (fork bomb, memory hog, endless
loops, all sandboxed as the same user), a second grader grades the complete solution of modules
00-05 on the same machine. Budgets belong to one sandbox and limits grow with the load, so the
complete solution earns every point, `graded`.
"""

import csv
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import tomllib
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from puente.manifest import load_manifest

pytestmark = [pytest.mark.slow, pytest.mark.requires_bwrap]  # minutes of sandboxed grading; no bwrap: fail at once
ROOT = Path(__file__).resolve().parents[2]
REDTEAM = Path(__file__).resolve().parent / "redteam"
TRICKS = sorted(path.stem for path in REDTEAM.glob("*.toml"))
MODULE = "m00_welcome"
# the modules of the scenario that lost points (00-05); modules 06 and on are checked by their own verify
SCENARIO_MODULES = ("m00_welcome", "m01_notebooks", "m02_dvc", "m03_testing", "m04_packaging", "m05_serving")
RATE = "0.2815446789402784"

HIDDEN_TEST = '''import pandas as pd

from m00_welcome.first_look import default_rate


def test_default_rate_when_every_credit_is_bad():
    assert default_rate(pd.DataFrame({"status": ["bad", "bad"]})) == 1.0
'''

TIE_BUG = '''import pandas as pd


def majority_class(status: pd.Series) -> str:
    return str(status.value_counts().idxmax())


def baseline_accuracy(train: pd.DataFrame, test: pd.DataFrame) -> float:
    return float((test["status"] == majority_class(train["status"])).mean())
'''

# student -> (expected status start, exact scores per exercise or None, words the status must hold)
HONEST = {
    "honest_full": ("graded", {"first_look": 10, "missing_values": 10, "majority_baseline": 10, "separating_column": 10}),
    "honest_first_look_only": ("graded", {"first_look": 10, "missing_values": 0, "majority_baseline": 0, "separating_column": 0}),
    "honest_tie_bug": ("graded", {"first_look": 0, "missing_values": 10, "majority_baseline": 7.5, "separating_column": 0}),
    "honest_classroom_zip": ("graded", {"first_look": 10, "missing_values": 10, "majority_baseline": 10, "separating_column": 10}),
    "honest_spanish": ("graded", {"first_look": 10, "missing_values": 0, "majority_baseline": 0, "separating_column": 0}),
    "honest_missing_files": ("graded", {"first_look": 10, "missing_values": 0, "majority_baseline": 0, "separating_column": 0}),
}
MALFORMED = {
    "zip_traversal": "unsafe path",
    "zip_symlink": "symbolic link",
    "zip_non_utf8_name": "not valid UTF-8",
    "folder_symlink_to_solution": "symbolic link",
    "folder_symlinked_module": "symbolic link",
    "huge_sparse_file": "1.0 GB",
    "empty_folder": "empty",
    "empty_zip": "zip is empty",
    "not_a_zip": "not a readable .zip",
    "no_exercises_folder": "no exercises/ folder",
    "stray_file": "neither a folder nor a .zip",
    "\\xff\\xfename": "not valid UTF-8",
}


def _tree(base: str) -> Path:
    return ROOT / ("solutions" if base == "solutions" else "exercises") / MODULE


def _copy_module(base: str, submission: Path) -> None:
    shutil.copytree(_tree(base), submission / "exercises" / MODULE, ignore=shutil.ignore_patterns("__pycache__"))


def _build_trick(name: str, folder: Path, placeholders: dict[str, str]) -> None:
    trick = tomllib.loads((REDTEAM / f"{name}.toml").read_text(encoding="utf-8"))
    submission = folder / name
    _copy_module(trick["base"], submission)
    for relative, text in trick["files"].items():
        for key, value in placeholders.items():
            text = text.replace(key, value)
        path = submission / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"), encoding="utf-8")


def _zip_folder(source: Path, target: Path, prefix: str = "") -> None:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(source.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                archive.write(path, prefix + path.relative_to(source).as_posix())


def _build_honest(folder: Path, scratch: Path) -> None:
    _copy_module("solutions", folder / "honest_full")
    for name in ("honest_first_look_only", "honest_spanish"):
        _copy_module("stubs", folder / name)
        shutil.copy2(_tree("solutions") / "first_look.py", folder / name / "exercises" / MODULE / "first_look.py")
    (folder / "honest_spanish" / ".puente").mkdir()
    (folder / "honest_spanish" / ".puente" / "lang").write_text("es\n")
    _copy_module("stubs", folder / "honest_tie_bug")
    shutil.copy2(_tree("solutions") / "missing_values.py", folder / "honest_tie_bug" / "exercises" / MODULE)
    (folder / "honest_tie_bug" / "exercises" / MODULE / "majority_baseline.py").write_text(TIE_BUG)
    _copy_module("solutions", scratch / "classroom")
    _zip_folder(scratch / "classroom", folder / "honest_classroom_zip.zip", prefix="puente-alice-main/")
    only = folder / "honest_missing_files" / "exercises" / MODULE
    only.mkdir(parents=True)
    shutil.copy2(_tree("solutions") / "first_look.py", only / "first_look.py")


def _build_malformed(folder: Path, scratch: Path) -> None:
    solution = _tree("solutions") / "first_look.py"
    with zipfile.ZipFile(folder / "zip_traversal.zip", "w") as archive:
        archive.write(solution, f"exercises/{MODULE}/first_look.py")
        archive.writestr("../../outside.py", "print('escaped')\n")
    with zipfile.ZipFile(folder / "zip_symlink.zip", "w") as archive:
        link = zipfile.ZipInfo(f"exercises/{MODULE}/first_look.py")
        link.external_attr = (0o120777 << 16)
        archive.writestr(link, str(solution))
    with zipfile.ZipFile(folder / "zip_non_utf8_name.zip", "w") as archive:
        archive.write(solution, f"exercises/{MODULE}/first_look.py")
        archive.writestr(f"exercises/{MODULE}/XX.py", "x = 1\n")
    raw = (folder / "zip_non_utf8_name.zip").read_bytes().replace(b"XX.py", b"\xff\xfe.py")
    (folder / "zip_non_utf8_name.zip").write_bytes(raw)
    _copy_module("stubs", folder / "folder_symlink_to_solution")
    target = folder / "folder_symlink_to_solution" / "exercises" / MODULE / "first_look.py"
    target.unlink()
    target.symlink_to(solution)
    (folder / "folder_symlinked_module" / "exercises").mkdir(parents=True)
    (folder / "folder_symlinked_module" / "exercises" / MODULE).symlink_to(_tree("solutions"), target_is_directory=True)
    _copy_module("solutions", folder / "huge_sparse_file")
    with open(folder / "huge_sparse_file" / "exercises" / MODULE / "first_look.py", "r+b") as huge:
        huge.truncate(1024**3)  # sparse: 1 GB long, nothing written
    (folder / "empty_folder").mkdir()
    zipfile.ZipFile(folder / "empty_zip.zip", "w").close()
    (folder / "not_a_zip.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    (folder / "no_exercises_folder" / "notes").mkdir(parents=True)
    (folder / "no_exercises_folder" / "notes" / "README.md").write_text("my answers are in my head\n")
    (folder / "no_exercises_folder" / "other").mkdir()
    (folder / "stray_file").write_text("not a submission\n")
    _copy_module("solutions", folder / os.fsdecode(b"\xff\xfename"))  # a name that is not UTF-8


class _Answers(http.server.BaseHTTPRequestHandler):
    """A server on the grading machine that would hand out answers to anyone who can reach it."""

    def do_GET(self):
        body = RATE.encode() if self.path.endswith("rate") else b"ok"
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _grade_the_class(base: Path) -> dict:
    """Build the whole class, grade it once with a hidden test pack, and read the gradebook back."""
    folder, scratch, out, pack = base / "class", base / "scratch", base / "out", base / "pack"
    for path in (folder, scratch, pack / MODULE, pack / "m99_unknown"):
        path.mkdir(parents=True)
    (pack / MODULE / "test_first_look__hidden.py").write_text(HIDDEN_TEST)
    (pack / MODULE / "answers.txt").write_text(RATE)
    (pack / "m99_unknown" / "test_other.py").write_text("def test_never_run():\n    assert False\n")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    placeholders = {"@@COURSE_ROOT@@": str(ROOT), "@@PACK@@": str(pack), "@@PORT@@": str(server.server_address[1])}
    try:
        for trick in TRICKS:
            _build_trick(trick, folder, placeholders)
        _build_honest(folder, scratch)
        _build_malformed(folder, scratch)
        done = subprocess.run(
            [sys.executable, "-m", "puente.grading", "grade", str(folder), "--out", str(out), "--only", MODULE,
             "--tests", str(pack), "--timeout", "25", "--test-timeout", "3", "--jobs", "2", "--quiet"],
            cwd=ROOT, capture_output=True, text=True, timeout=2400,  # hostile runs are graded twice, and limits grow with load
        )
    finally:
        server.shutdown()
    assert done.returncode == 0, done.stderr[-3000:]
    with open(out / "grades.csv", encoding="utf-8") as handle:
        return {row["student"]: row for row in csv.DictReader(handle)}


@pytest.mark.timeout(5400)  # two graders under load with limits that grow with it, hostile runs twice
def test_the_red_team_class_next_to_the_complete_solution(tmp_path, subtests):
    """One grading run of the class, every check a subtest (one run even when xdist spreads tests),
    while a second grader grades the complete solution."""
    complete = _start_grading_the_complete_solution(tmp_path / "complete")
    try:
        rows = _grade_the_class(tmp_path)
    finally:
        complete_output, _ = complete.communicate(timeout=3600)
    with subtests.test(msg="the complete solution, graded by the second grader"):
        assert complete.returncode == 0, complete_output[-3000:]
        with open(tmp_path / "complete" / "out" / "grades.csv", encoding="utf-8") as handle:
            row = next(csv.DictReader(handle))
        total = sum(e.points for e in load_manifest(ROOT).exercise if e.module in SCENARIO_MODULES)
        assert (float(row["score"]), float(row["max_score"]), row["status"]) == (total, total, "graded"), row
    out = tmp_path / "out"
    summary = json.loads((out / "summary.json").read_text())
    assert summary["isolation"] == "bubblewrap", f"bubblewrap must be installed for the red team: {summary['isolation']}"
    assert set(rows) == set(TRICKS) | set(HONEST) | set(MALFORMED), "every submission has exactly one row"
    for trick in TRICKS:
        with subtests.test(msg=f"trick {trick}"):
            _check_trick(trick, rows[trick])
    for student, (status, scores) in sorted(HONEST.items()):
        with subtests.test(msg=f"honest {student}"):
            _check_honest(rows[student], status, scores)
    for student, words in sorted(MALFORMED.items()):
        with subtests.test(msg=f"malformed {student}"):
            row = rows[student]
            assert row["status"].startswith("invalid-submission: ") and words in row["status"], row["status"]
            assert float(row["score"]) == 0
    with subtests.test(msg="outputs"):
        _check_outputs(out, summary, len(rows))


def _start_grading_the_complete_solution(base: Path) -> subprocess.Popen:
    folder = base / "class"
    shutil.copytree(ROOT / "solutions", folder / "complete" / "exercises", ignore=shutil.ignore_patterns("__pycache__"))
    return subprocess.Popen(
        [sys.executable, "-m", "puente.grading", "grade", str(folder), "--out", str(base / "out"), "--quiet",
         *(arg for module in SCENARIO_MODULES for arg in ("--only", module))],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def _check_trick(trick: str, row: dict) -> None:
    expect = tomllib.loads((REDTEAM / f"{trick}.toml").read_text(encoding="utf-8"))["expect"]
    for exercise in expect.get("zero", []):
        assert float(row[exercise]) == 0, f"{trick} earned {row[exercise]} on {exercise}: {row}"
    for exercise, points in expect.get("scores", {}).items():
        assert float(row[exercise]) == pytest.approx(points), f"{trick}: {exercise} should be {points}: {row}"
    if "flag" in expect:
        assert expect["flag"] in row["flags"], f"{trick} should be flagged '{expect['flag']}': {row['flags']!r}"
    if "status" in expect:
        assert row["status"].startswith(expect["status"]), row


def _check_honest(row: dict, status: str, scores: dict) -> None:
    assert row["status"] == status, row
    for exercise, points in scores.items():
        assert float(row[exercise]) == pytest.approx(points), f"{row['student']}: {exercise} should be {points}: {row}"
    assert float(row["score"]) == pytest.approx(sum(scores.values()))
    assert row["flags"] == "", f"honest work must not be flagged: {row['flags']}"


def _check_outputs(out: Path, summary: dict, submissions: int) -> None:
    results = json.loads((out / "honest_tie_bug" / "results.json").read_text())
    assert results["score"] == 17.5
    assert sum(test["score"] for test in results["tests"]) == pytest.approx(17.5, abs=1e-3)
    assert {"name", "score", "max_score", "status", "output", "visibility"} <= set(results["tests"][0])
    hidden = [t for t in results["tests"] if "every_credit_is_bad" in t["name"]]
    assert hidden and all(t["visibility"] == "after_published" and t["output"] == "A hidden test failed." for t in hidden)
    spanish = (out / "honest_spanish" / "feedback.md").read_text()
    english = (out / "honest_tie_bug" / "feedback.md").read_text()
    assert "Puntaje: 10 / 40" in spanish and "Pista:" in spanish
    assert "Score: 17.5 / 40" in english and "test_tie_goes_to_the_first_label_alphabetically" in english
    assert "every_credit_is_bad`: a hidden test failed" in english, "a hidden test is named, never explained"
    suite = ElementTree.parse(out / "junit" / "honest_tie_bug.xml").getroot()
    # 15 tests: module 00's four exercises and the hidden one; 9 fail: first_look's 4 (a stub), the tie, separating_column's 4
    assert suite.get("tests") == "15" and suite.get("failures") == "9"
    assert summary["submissions"] == submissions
    assert set(summary["exercises"]) == {"first_look", "missing_values", "majority_baseline", "separating_column"}
    assert (out / "histogram.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_sandbox_tricks_are_real_without_the_sandbox(tmp_path):
    """Control: with --no-sandbox the disk and network tricks do earn points, so the tests above are not vacuous."""
    folder, pack = tmp_path / "class", tmp_path / "pack"
    (pack / MODULE).mkdir(parents=True)
    folder.mkdir()
    (pack / MODULE / "test_first_look__hidden.py").write_text(HIDDEN_TEST)
    (pack / MODULE / "answers.txt").write_text(RATE)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    placeholders = {"@@COURSE_ROOT@@": str(ROOT), "@@PACK@@": str(pack), "@@PORT@@": str(server.server_address[1])}
    try:
        for trick in ("read_solutions", "read_hidden_pack", "network_fetch"):
            _build_trick(trick, folder, placeholders)
        done = subprocess.run(
            [sys.executable, "-m", "puente.grading", "grade", str(folder), "--out", str(tmp_path / "out"), "--only", MODULE,
             "--tests", str(pack), "--no-sandbox", "--keep-flagged-scores", "--jobs", "2", "--quiet"],  # the sandbox alone
            cwd=ROOT, capture_output=True, text=True, timeout=600,
        )
    finally:
        server.shutdown()
    assert done.returncode == 0, done.stderr[-3000:]
    with open(tmp_path / "out" / "grades.csv", encoding="utf-8") as handle:
        earned = {row["student"]: float(row["first_look"]) for row in csv.DictReader(handle)}
    assert earned == {"read_solutions": 10, "read_hidden_pack": 5, "network_fetch": 5}
