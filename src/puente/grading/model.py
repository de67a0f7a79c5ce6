"""The grader's plain records: what a submission is, how each test ended, what a student earned."""

from dataclasses import dataclass, field
from pathlib import Path

GRADED = "graded"
TIMEOUT = "timeout"
INCOMPLETE = "incomplete"  # the run stopped early or lost results: never `graded`
INVALID = "invalid-submission"
GRADER_ERROR = "grader-error"


@dataclass(frozen=True)
class Submission:
    """One entry of the SUBMISSIONS folder: a folder or a .zip; its name is the student id."""

    student: str
    path: Path


@dataclass
class TestOutcome:
    __test__ = False  # not a pytest test class

    nodeid: str
    exercise: str
    max_score: float
    passed: bool
    message: str = ""
    duration: float = 0.0
    hidden: bool = False
    # passed, failed, error, skipped; or, with no result: missing (a file), timeout (the whole run), lost (a stop)
    outcome: str = "error"
    kind: str = ""  # the exception's type name for a failure or error (JUnit's `type`)

    @property
    def score(self) -> float:
        return self.max_score if self.passed else 0.0

    @property
    def name(self) -> str:
        return self.nodeid.rsplit("::", 1)[-1]


@dataclass
class SubmissionResult:
    student: str
    status: str
    exercise_scores: dict[str, float] = field(default_factory=dict)
    tests: list[TestOutcome] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # "exercise: flag" or "submission: flag"
    lang: str = "en"
    seconds: float = 0.0
    log: str = ""  # the sandbox's stdout/stderr tail: for the instructor, never trusted
    retried: bool = False  # graded a second time, alone, after a first run that was not `graded`

    @property
    def score(self) -> float:
        return round(sum(self.exercise_scores.values()), 2)

    @property
    def ok(self) -> bool:
        return self.status == GRADED
