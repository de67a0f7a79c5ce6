import runpy
import subprocess
import sys


def test_a_range_admits_a_window_a_pin_one_release(course_root):
    example = runpy.run_path(str(course_root / "modules" / "m04_packaging" / "examples" / "ranges.py"))
    admitted, releases = example["admitted"], example["RELEASES"]
    assert admitted(">=2.2,<4", releases) == ["2.2.3", "3.1.1"]
    assert admitted("==3.1.1", releases) == ["3.1.1"]
    assert admitted(">=2.2", releases) == ["2.2.3", "3.1.1", "4.0.0"], "no ceiling lets a breaking 4.0 in"
    assert admitted(">=2.2,<3,>=3.1", releases) == [], "a ceiling that meets another package's floor admits nothing"


def test_ranges_prints_one_line_per_requirement(course_root):
    script = course_root / "modules" / "m04_packaging" / "examples" / "ranges.py"
    output = subprocess.run([sys.executable, script], capture_output=True, text=True, check=True, timeout=120).stdout
    assert output.splitlines()[0] == "pandas>=2.2,<4   admits ['2.2.3', '3.1.1']"
    assert output.splitlines()[-1] == "pandas<3 (ours) with pandas>=3.1 (theirs) admits []"
