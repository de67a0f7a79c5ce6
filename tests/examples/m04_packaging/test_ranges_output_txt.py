import subprocess
import sys


def test_the_lesson_shows_the_real_output_of_ranges(course_root):
    examples = course_root / "modules" / "m04_packaging" / "examples"
    output = subprocess.run([sys.executable, examples / "ranges.py"], capture_output=True, text=True, check=True, timeout=120).stdout
    assert output == (examples / "ranges_output.txt").read_text(), "regenerate ranges_output.txt from ranges.py"
