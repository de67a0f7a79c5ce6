import subprocess
import sys


def test_peek_prints_size_outcomes_and_a_row(course_root):
    examples = course_root / "modules" / "m00_welcome" / "examples"
    output = subprocess.run([sys.executable, examples / "peek.py"], capture_output=True, text=True, check=True, timeout=120).stdout
    assert output.splitlines()[:2] == ["(4454, 14)", "{'good': 3200, 'bad': 1254}"]
    assert output == (examples / "peek_output.txt").read_text(), "the lesson shows this script's real output"
