import subprocess
import sys
import zipfile

import pytest

pytestmark = pytest.mark.slow  # a real wheel build


def test_cli_prints_the_version_from_installed_metadata(course_root, tmp_path):
    package = course_root / "modules" / "m04_packaging" / "examples" / "hello_package"
    build = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path / "dist"), str(package)]
    subprocess.run(build, capture_output=True, check=True, timeout=300)
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")  # a wheel is a zip: code plus its .dist-info metadata
    shown = subprocess.run(
        [sys.executable, "-c", "from hello_lender.cli import main; main()"],
        capture_output=True, text=True, check=True, env={"PYTHONPATH": str(tmp_path / "site")}, timeout=120,
    )
    assert shown.stdout == "hello-lender 0.1.0 (needs Python >=3.11)\n"
