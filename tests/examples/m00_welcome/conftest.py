"""A real `puente check` of the untouched first stub, in either language, for the lesson's transcripts."""

import os
import re
import shutil
import subprocess
import sys

import pytest

STUB = "exercises/m00_welcome/first_look.py"
NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "site", "artifacts", ".puente", "__pycache__", "node_modules")


@pytest.fixture
def check_transcript(course_root, tmp_path):
    """check_transcript("es", "first_check.es.txt"): every line of the lesson's transcript is what puente prints."""

    def check(lang: str, name: str) -> None:
        course = tmp_path / f"course-{lang}"
        shutil.copytree(course_root, course, ignore=NOT_COPIED)
        committed = subprocess.run(["git", "show", f"HEAD:{STUB}"], cwd=course_root, capture_output=True, timeout=120)
        if committed.returncode == 0:  # the untouched stub, even if a learner has solved it meanwhile
            (course / STUB).write_bytes(committed.stdout)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
        env.update(PUENTE_LANG=lang, COLUMNS="300", NO_COLOR="1")
        done = subprocess.run([sys.executable, "-m", "puente", "check", "first_look"], cwd=course, env=env, capture_output=True, text=True, timeout=300)
        printed = [line.rstrip() for line in done.stdout.splitlines()]
        transcript = (course_root / "modules" / "m00_welcome" / "examples" / name).read_text(encoding="utf-8").splitlines()
        assert transcript[0] == "$ puente check first_look"
        failing = [line for line in transcript if line.lstrip().startswith("✗ ")]
        counts = next(re.findall(r"(\d+) (?:of|de) (\d+)", line)[0] for line in transcript if re.search(r"\d+ (?:of|de) \d+ (?:tests|pruebas)", line))
        passed, total = (int(n) for n in counts)
        assert len(failing) == total - passed, f"the transcript says {passed} of {total} pass but shows {len(failing)} failing tests"
        for line in transcript[1:]:
            assert line.rstrip() in printed, f"the transcript line {line!r} is not what puente prints:\n{done.stdout}"

    return check
