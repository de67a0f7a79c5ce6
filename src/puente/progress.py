"""The learner's progress, derived from test results and kept in .puente/progress.json (never committed)."""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from puente.manifest import Exercise, Manifest
from puente.paths import state_dir
from puente.results import TestResult


@dataclass
class ExerciseRecord:
    tests_passed: int
    tests_total: int
    points: float
    files_digest: str
    checked_at: str

    @property
    def done(self) -> bool:
        return self.tests_total > 0 and self.tests_passed == self.tests_total


@dataclass
class Progress:
    records: dict[str, ExerciseRecord] = field(default_factory=dict)
    hints_shown: dict[str, int] = field(default_factory=dict)

    def next_unfinished(self, manifest: Manifest) -> Exercise | None:
        return next((e for e in manifest.exercise if not self.is_done(e.id)), None)

    def is_done(self, exercise_id: str) -> bool:
        record = self.records.get(exercise_id)
        return bool(record and record.done)

    def record(self, exercise: Exercise, results: list[TestResult], root: Path) -> ExerciseRecord:
        record = ExerciseRecord(
            tests_passed=sum(r.passed for r in results),
            tests_total=len(results),
            points=round(sum(r.points for r in results if r.passed), 2),
            files_digest=files_digest(root, exercise),
            checked_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        self.records[exercise.id] = record
        return record


def files_digest(root: Path, exercise: Exercise) -> str:
    """A fingerprint of the learner's files, so progress can say when a file changed after its check."""
    digest = hashlib.sha256()
    for relative in exercise.paths("exercises"):
        path = root / relative
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()[:16]


def progress_file(root: Path) -> Path:
    return state_dir(root) / "progress.json"


def load_progress(root: Path) -> Progress:
    path = progress_file(root)
    if not path.is_file():
        return Progress()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Progress(
            records={k: ExerciseRecord(**v) for k, v in data.get("records", {}).items()},
            hints_shown=dict(data.get("hints_shown", {})),
        )
    except (ValueError, TypeError):
        # A damaged progress file must not block the learner: results are re-derived by `puente check`.
        path.rename(path.with_suffix(".damaged.json"))
        return Progress()


def save_progress(root: Path, progress: Progress) -> None:
    data = {"records": {k: asdict(v) for k, v in progress.records.items()}, "hints_shown": progress.hints_shown}
    path = progress_file(root)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    temporary.replace(path)
