"""The pytest plugin: `--target` puts exercises/ or solutions/ first on sys.path, tests get points.

A graded test imports `m00_welcome.first_look` and never knows which tree it got. File-based
exercises ask for the `workspace` fixture: a temporary folder holding a copy of the target's
files for that exercise, made the working folder.
"""

import os
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from puente.check_limits import CheckLimits
from puente.manifest import Exercise, Manifest, load_manifest
from puente.paths import TREES, copy_into, find_course_root
from puente.results import TestResult, fold_phase, share_points, write_results

MODULE_PACKAGE = re.compile(r"^m\d\d_[a-z0-9_]+$")
RECORDER = "puente-recorder"


@dataclass(frozen=True)
class Context:
    root: Path
    target_dir: Path
    manifest: Manifest


CONTEXT = pytest.StashKey[Context]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("puente")
    group.addoption(
        "--target",
        default=os.environ.get("PUENTE_TARGET", "exercises"),
        help="which code the graded tests import: exercises (default), solutions, or a folder path",
    )
    group.addoption("--puente-report", default=None, help="write each test's outcome and points to this JSON file")


def pytest_configure(config: pytest.Config) -> None:
    root = find_course_root(Path(os.environ.get("PUENTE_ROOT") or config.rootpath))
    target = config.getoption("--target")
    target_dir = (root / target if target in TREES else Path(target)).resolve()
    if not target_dir.is_dir():
        raise pytest.UsageError(f"--target {target}: no such folder {target_dir}")
    for name in [n for n in sys.modules if MODULE_PACKAGE.match(n.split(".")[0])]:
        del sys.modules[name]
    sys.path.insert(0, str(target_dir))
    os.environ["PUENTE_TARGET_DIR"] = str(target_dir)
    os.environ["PUENTE_ROOT"] = str(root)
    config.stash[CONTEXT] = Context(root, target_dir, load_manifest(root))
    config.pluginmanager.register(Recorder(config.getoption("--puente-report")), RECORDER)
    config.pluginmanager.register(CheckLimits(config.stash[CONTEXT].manifest), "puente-check-limits")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Share each exercise's points equally among the tests of its file."""
    manifest = config.stash[CONTEXT].manifest
    per_file: dict[Path, list[pytest.Item]] = {}
    for item in items:
        per_file.setdefault(item.path, []).append(item)
    for path, file_items in per_file.items():
        exercise = manifest.exercise_for_test_file(path)
        shares = share_points(exercise.points, len(file_items)) if exercise else [0.0] * len(file_items)
        for item, share in zip(file_items, shares, strict=True):
            item.user_properties.append(("exercise", exercise.id if exercise else None))
            item.user_properties.append(("points", share))


class Recorder:
    """Keeps one TestResult per test (setup, call and teardown folded together)."""

    def __init__(self, report_path: str | None) -> None:
        self.report_path = report_path
        self.results: dict[str, TestResult] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        props = dict(report.user_properties)
        result = self.results.setdefault(
            report.nodeid, TestResult(report.nodeid, props.get("exercise"), props.get("points", 0.0), "passed")
        )
        result.duration += report.duration
        outcome = fold_phase(result.outcome, report.when, report.failed, report.skipped)
        if outcome != result.outcome and report.failed:
            result.message = short_message(report)
        result.outcome = outcome

    def pytest_sessionfinish(self) -> None:
        if self.report_path:
            write_results(list(self.results.values()), Path(self.report_path))


def short_message(report: pytest.TestReport) -> str:
    """The lines that explain a failure (pytest's `E` lines), without the traceback around them."""
    text = report.longreprtext
    explained = [line[1:].rstrip() for line in text.splitlines() if line.startswith("E ")]
    lines = textwrap.dedent("\n".join(line for line in explained if line.strip() and "Use -v to get more diff" not in line)).splitlines()
    if not lines:
        crash = getattr(report.longrepr, "reprcrash", None)
        lines = [crash.message] if crash else text.strip().splitlines()[-1:]
    return "\n".join(lines[:15])


def failure_type(report: pytest.TestReport) -> str:
    """The exception's type name of a failed phase (`AssertionError`), for JUnit's `type`."""
    crash = getattr(report.longrepr, "reprcrash", None)
    head = (crash.message if crash else "").split(":", 1)[0].strip()
    return head.rsplit(".", 1)[-1] if head.replace(".", "").replace("_", "").isalnum() else "Failed"


@pytest.fixture(scope="session")
def course_root(pytestconfig: pytest.Config) -> Path:
    return pytestconfig.stash[CONTEXT].root


@pytest.fixture(scope="session")
def target_dir(pytestconfig: pytest.Config) -> Path:
    """The tree under test: exercises/, solutions/ or a grader's copy of a submission."""
    return pytestconfig.stash[CONTEXT].target_dir


@pytest.fixture(scope="session")
def credit_data_path(course_root: Path) -> Path:
    path = course_root / "data" / "credit_data.csv"
    if not path.is_file():
        pytest.fail("data/credit_data.csv is missing: run `make data` (or `dvc pull`) first", pytrace=False)
    return path


@pytest.fixture
def exercise(request: pytest.FixtureRequest) -> Exercise:
    found = request.config.stash[CONTEXT].manifest.exercise_for_test_file(request.path)
    if found is None:
        pytest.fail(f"{request.path.name} is not a graded test file named after an exercise", pytrace=False)
    return found


@pytest.fixture
def workspace(exercise: Exercise, target_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary working folder holding a copy of the exercise's files from the target tree."""
    copy_into(target_dir / exercise.module, exercise.files, tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path
