import runpy
from importlib.metadata import version

LOCK = """\
pandas==3.1.1 \\
    --hash=sha256:aaaa
numpy==2.4.6 ; python_full_version < '3.12' \\
    --hash=sha256:bbbb
scikit-learn==0.24.2 \\
    --hash=sha256:cccc
"""


def load(course_root):
    return runpy.run_path(str(course_root / "modules" / "m04_packaging" / "examples" / "lock_pins.py"))


def test_reads_unconditional_pins(course_root):
    assert load(course_root)["locked_versions"](LOCK) == {"pandas": "3.1.1", "scikit-learn": "0.24.2"}


def test_reports_drift_against_the_installed_versions(course_root):
    drift = load(course_root)["drift"](LOCK, ["scikit-learn", "skops"])
    assert drift == {"scikit-learn": ("0.24.2", version("scikit-learn")), "skops": ("not locked", version("skops"))}


def test_the_course_environment_matches_puentes_own_lock(course_root):
    lock = (course_root / "requirements.lock").read_text()
    assert load(course_root)["drift"](lock, ["pandas", "scikit-learn", "skops"]) == {}, "run `make setup` to sync the venv"


def test_the_lock_has_what_the_lesson_points_out(course_root):
    lock = (course_root / "requirements.lock").read_text()
    numpy_lines = [line for line in lock.splitlines() if line.startswith("numpy==")]
    assert len(numpy_lines) == 2 and "python_full_version < '3.12'" in numpy_lines[0], "the lesson describes two numpy pins with markers"
    assert "--hash=sha256:" in lock
