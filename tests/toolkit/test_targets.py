"""`--target` decides which tree the graded tests import, and a test folder never shadows it."""

import subprocess
import sys

PROBE = '''
import m00_welcome


def test_probe():
    print("RESOLVED", m00_welcome.__file__)
'''


def resolved_tree(course, target):
    probe = course / "tests" / "m00_welcome" / "test_probe.py"
    probe.write_text(PROBE)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", str(probe), f"--target={target}", "-s", "-q"], cwd=course, capture_output=True, text=True,
        timeout=300,
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESOLVED"))
    return line.split(maxsplit=1)[1]  # the path may hold spaces


def test_default_target_is_the_learners_exercises(mini_course):
    assert resolved_tree(mini_course, "exercises").endswith("exercises/m00_welcome/__init__.py")


def test_solutions_target(mini_course):
    assert resolved_tree(mini_course, "solutions").endswith("solutions/m00_welcome/__init__.py")


def test_a_folder_path_target(mini_course, tmp_path):
    import shutil

    copy = tmp_path / "submission"
    shutil.copytree(mini_course / "solutions", copy)
    assert resolved_tree(mini_course, str(copy)) == str(copy / "m00_welcome" / "__init__.py")
