"""The lesson shows what `puente check` prints on the untouched stub; this keeps that transcript true."""

import os
import re
import shutil
import subprocess
import sys

STUB = "exercises/m00_welcome/first_look.py"
NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "site", "artifacts", ".puente", "__pycache__", "node_modules")


def test_transcript_matches_a_real_check_of_the_stub(course_root, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(course_root, course, ignore=NOT_COPIED)
    committed = subprocess.run(["git", "show", f"HEAD:{STUB}"], cwd=course_root, capture_output=True)
    if committed.returncode == 0:  # the untouched stub, even if a learner has solved it meanwhile
        (course / STUB).write_bytes(committed.stdout)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
    env.update(PUENTE_LANG="en", COLUMNS="300", NO_COLOR="1")
    done = subprocess.run([sys.executable, "-m", "puente", "check", "first_look"], cwd=course, env=env, capture_output=True, text=True)
    printed = [line.rstrip() for line in done.stdout.splitlines()]
    transcript = (course_root / "modules" / "m00_welcome" / "examples" / "first_check.txt").read_text().splitlines()
    assert transcript[0] == "$ puente check first_look"
    summary = next(line for line in transcript if " tests pass: " in line)
    passed, total = (int(word) for word in re.match(r"(\d+) of (\d+) tests pass", summary).groups())
    failing = [line for line in transcript if line.lstrip().startswith("✗ ")]
    assert len(failing) == total - passed, f"the transcript says {passed} of {total} pass but shows {len(failing)} failing tests"
    for line in transcript[1:]:
        assert line.rstrip() in printed, f"the transcript line {line!r} is not what puente prints:\n{done.stdout}"
