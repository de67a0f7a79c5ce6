"""A note the task itself calls for stays out of the gradebook; a blocking flag never does."""

from pathlib import Path

from puente.grading.plan import TestPlan
from puente.grading.runner import _static_flags
from puente.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[2]
RUNS_COMMANDS = "import subprocess\n\n\ndef build():\n    return subprocess.run(['make', 'model'], check=True)\n"
READS_FRAMES = "import sys\n\n\ndef peek():\n    return sys._getframe(1).f_locals\n"


def flags_of(tmp_path: Path, source: str) -> list[str]:
    capstone = [e for e in load_manifest(ROOT).exercise if e.id == "reproducible"]
    assert capstone and capstone[0].expected_notes == ["uses-subprocess"], "module 08 expects its teams to run commands"
    team = tmp_path / "m08_capstone" / "team"
    team.mkdir(parents=True)
    (team / "build.py").write_text(source)
    plan = TestPlan(exercises=capstone, proto=tmp_path, test_files=[])
    return _static_flags(plan, tmp_path, ["m08_capstone/team"])


def test_a_capstone_team_running_commands_is_not_flagged(tmp_path):
    assert flags_of(tmp_path, RUNS_COMMANDS) == []


def test_a_blocking_flag_still_shows_beside_an_expected_note(tmp_path):
    assert flags_of(tmp_path, RUNS_COMMANDS + READS_FRAMES) == ["reproducible: frame-inspection", "submission: introspection (in reproducible)"]
