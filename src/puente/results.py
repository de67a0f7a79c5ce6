"""One test's outcome as the toolkit sees it; written by the pytest plugin, read by check, verify and grade."""

import json
from dataclasses import asdict, dataclass
from pathlib import Path


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


def write_results(results: list[TestResult], path: Path) -> None:
    path.write_text(json.dumps([asdict(r) for r in results], indent=1), encoding="utf-8")


def read_results(path: Path) -> list[TestResult]:
    return [TestResult(**item) for item in json.loads(path.read_text(encoding="utf-8"))]
