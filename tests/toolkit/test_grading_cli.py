"""The grader's commands and contracts: documented with examples, signed reports, Classroom payloads."""

import base64
import json
from pathlib import Path

import typer
import yaml
from typer.testing import CliRunner

from puente.grading.commands import register
from puente.grading.gradescope import classroom_payload
from puente.grading.report_channel import read_signed, signed_line, signer

ROOT = Path(__file__).resolve().parents[2]


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # typer needs two commands to keep sub-command names
    return app


def test_every_grading_command_has_help_with_an_example():
    runner = CliRunner()
    for command in ("grade", "gradescope-bundle"):
        result = runner.invoke(_app(), [command, "--help"])
        assert result.exit_code == 0, result.output
        assert "Example: puente " + command in result.output


def test_grade_refuses_a_missing_folder_in_one_line(tmp_path):
    result = CliRunner().invoke(_app(), ["grade", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "is not a folder of submissions" in result.output


def test_only_signed_lines_count():
    key = b"k" * 32
    good = signed_line(signer(key), {"kind": "test", "nodeid": "a", "outcome": "passed"})
    forged = signed_line(signer(b"guess" * 8), {"kind": "test", "nodeid": "b", "outcome": "passed"})
    records, bad = read_signed(key, (good + forged + "not json\n").encode())
    assert [r["nodeid"] for r in records] == ["a"] and bad == 2


def test_classroom_payload_carries_each_tests_points():
    results = {"tests": [
        {"name": "a", "score": 5.0, "max_score": 5.0, "status": "passed", "output": ""},
        {"name": "b", "score": 0.0, "max_score": 5.0, "status": "failed", "output": "wrong"},
    ]}
    payload = json.loads(base64.b64decode(classroom_payload(results)))
    assert payload["max_score"] == 10 and payload["status"] == "fail"
    assert [(t["status"], t["score"]) for t in payload["tests"]] == [("pass", 5.0), ("fail", 0.0)]


def test_classroom_workflow_feeds_the_reporter():
    workflow = yaml.safe_load((ROOT / ".github/workflows/classroom.yml").read_text())
    steps = workflow["jobs"]["run-autograding-tests"]["steps"]
    grade = next(s for s in steps if s.get("id") == "puente")
    report = next(s for s in steps if "autograding-grading-reporter" in s.get("uses", ""))
    assert "puente.grading grade" in grade["run"] and "classroom-payload" in grade["run"]
    assert report["with"]["runners"] == "puente" and "PUENTE_RESULTS" in report["env"]
