import subprocess
import sys
import zipfile
from email.parser import Parser

import pytest

pytestmark = pytest.mark.slow


def test_hello_package_builds_a_wheel_with_its_command(course_root, tmp_path):
    package = course_root / "modules" / "m04_packaging" / "examples" / "hello_package"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(package)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("*.whl")
    assert wheel.name == "hello_lender-0.1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        metadata = Parser().parsestr(archive.read("hello_lender-0.1.0.dist-info/METADATA").decode())
        entry_points = archive.read("hello_lender-0.1.0.dist-info/entry_points.txt").decode()
        code = sorted(name for name in archive.namelist() if name.startswith("hello_lender/"))
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata.get_all("Provides-Extra") == ["dev"]
    assert "hello-lender = hello_lender.cli:main" in entry_points
    assert code == ["hello_lender/__init__.py", "hello_lender/cli.py"]
