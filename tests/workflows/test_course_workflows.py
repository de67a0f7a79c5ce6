"""The course's own workflows are valid for GitHub and use actions that run on Node 24.

GitHub deprecated the Node 20 runtime of actions (forced onto Node 24 from 2026-06-02). The
majors below are the first whose action.yml declares `using: node24` (their release notes).
"""

import re
from pathlib import Path

from puente.workflow_schema import validate_workflows

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
NODE24_MAJOR = {
    "actions/checkout": 5, "actions/setup-python": 6, "actions/cache": 5, "actions/upload-artifact": 6,
    "actions/download-artifact": 7, "actions/configure-pages": 6, "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5, "actions/setup-node": 5,
}
USES = re.compile(r"uses:\s*([\w.-]+/[\w.-]+)@v(\d+)")


def test_there_are_workflows_to_check():
    assert {p.name for p in WORKFLOWS} >= {"pages.yml", "classroom.yml"}


def test_every_workflow_validates_against_githubs_schema():
    valid, output = validate_workflows(WORKFLOWS)
    assert valid, output


def test_no_workflow_uses_a_node20_major_of_githubs_actions():
    old = [f"{p.name}: {action}@v{major}" for p in WORKFLOWS for action, major in USES.findall(p.read_text())
           if action in NODE24_MAJOR and int(major) < NODE24_MAJOR[action]]
    assert old == [], f"move these to their Node 24 majors {NODE24_MAJOR}: {old}"
