"""One test's outcome as the toolkit sees it; written by the pytest plugin, read by check, verify and grade.

Two rules live here and nowhere else: how a test's phases (setup, call, teardown) fold into one
outcome (`fold_phase`), and how an exercise's points are shared among its tests (`share_points`).
`puente check` (the pytest plugin) and `puente grade` (the guard plugin and the scoring) use both.
"""

import json
from dataclasses import asdict, dataclass
from pathlib import Path

SHARE_DIGITS = 4  # points per test are written with this many decimals (Gradescope, JUnit, results.json)


@dataclass
class TestResult:
    __test__ = False  # not a pytest test class

    nodeid: str
    exercise: str | None
    points: float
    outcome: str  # passed, failed, error or skipped
    message: str = ""
    duration: float = 0.0

    @property
    def passed(self) -> bool:
        return self.outcome == "passed"

    @property
    def name(self) -> str:
        return self.nodeid.rsplit("::", 1)[-1]


def fold_phase(outcome: str, when: str, failed: bool, skipped: bool) -> str:
    """The outcome so far (`passed` before setup) after one more phase report.

    A failure in the call is `failed`, in setup or teardown `error`; a skip only replaces `passed`;
    a failure after a skip (a teardown that breaks) is never hidden behind the skip.
    """
    if failed and outcome in ("passed", "skipped"):
        return "failed" if when == "call" else "error"
    if skipped and outcome == "passed":
        return "skipped"
    return outcome


def share_points(points: float, tests: int) -> list[float]:
    """`points` split among `tests` tests: equal shares rounded to SHARE_DIGITS decimals, the last one taking
    the remainder, so that the shares added up in order (as Gradescope and an LMS add them) give exactly `points`."""
    if tests <= 0:
        return []
    shares = [round(points / tests, SHARE_DIGITS)] * (tests - 1)
    return [*shares, points - sum(shares)]


def write_results(results: list[TestResult], path: Path) -> None:
    path.write_text(json.dumps([asdict(r) for r in results], indent=1), encoding="utf-8")


def read_results(path: Path) -> list[TestResult]:
    return [TestResult(**item) for item in json.loads(path.read_text(encoding="utf-8"))]
