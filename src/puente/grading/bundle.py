"""`puente gradescope-bundle`: a Gradescope autograder zip built from the manifest.

The zip holds `setup.sh` and `run_autograder` at its root (Gradescope's contract) and the
trusted course next to them: course.toml, the toolkit, the stubs, the tests, the hidden pack,
the folders tests may read (data, lessons) and the expected test ids. It never holds
solutions/: the ids are collected here, once.
"""

import json
import shlex
import sys
import tempfile
import zipfile
from pathlib import Path

from rich.console import Console

from puente.errors import PuenteError
from puente.grading.plan import build_plan, choose_exercises
from puente.manifest import load_manifest
from puente.paths import find_course_root

SETUP_SH = """#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder image (the network is available here).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends bubblewrap python3-pip >/dev/null
python3 -m pip install --quiet {uv_pin}
python3 -m uv venv --python 3.11 /autograder/venv
python3 -m uv pip install --python /autograder/venv/bin/python --quiet -r /autograder/source/requirements.lock
site="$(/autograder/venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
echo /autograder/source/src > "$site/puente.pth"
"""

RUN_AUTOGRADER = """#!/usr/bin/env bash
# Gradescope runs this for every submission: grade /autograder/submission in the sandbox and
# write /autograder/results/results.json. AUTOGRADER and PUENTE_PYTHON exist for local tests.
set -euo pipefail
AUTOGRADER="${{AUTOGRADER:-/autograder}}"
PYTHON="${{PUENTE_PYTHON:-$AUTOGRADER/venv/bin/python}}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/class" "$AUTOGRADER/results"
cp -R "$AUTOGRADER/submission" "$work/class/submission"
cd "$AUTOGRADER/source"
"$PYTHON" -m puente.grading grade "$work/class" --out "$work/out" --jobs 1 --quiet {options}
cp "$work/out/submission/results.json" "$AUTOGRADER/results/results.json"
"""


def run_bundle(out: Path, tests: Path | None, only: list[str], timeout: float, test_timeout: float) -> int:
    console = Console(stderr=True)
    try:
        build_bundle(find_course_root(), out, tests, only, timeout, test_timeout)
    except PuenteError as error:
        console.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        return 2
    console.print(f"wrote {out}: upload it as the assignment's autograder on Gradescope", highlight=False)
    return 0


def build_bundle(root: Path, out: Path, tests: Path | None, only: list[str], timeout: float, test_timeout: float) -> None:
    if tests is not None and not tests.is_dir():
        raise PuenteError(f"--tests {tests} is not a folder", "give the hidden test pack's folder: PACK/<module>/test_<exercise>.py")
    manifest = load_manifest(root)
    exercises = choose_exercises(manifest, only)
    with tempfile.TemporaryDirectory(prefix="puente-bundle-") as work:
        plan = build_plan(root, exercises, tests, Path(work), private=(tests,) if tests else (),
                          staged=manifest.with_foundations(exercises))
        options = ["--expected-ids", "expected-ids.json", "--timeout", f"{timeout:g}", "--test-timeout", f"{test_timeout:g}"]
        for name in only:
            options += ["--only", name]
        if tests is not None:
            options += ["--tests", "hidden-tests"]
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            _add_text(archive, "setup.sh", SETUP_SH.format(uv_pin=_uv_pin(root)))
            _add_text(archive, "run_autograder", RUN_AUTOGRADER.format(options=shlex.join(options)))
            _add_text(archive, "expected-ids.json", json.dumps(plan.expected, indent=1))
            for name in ("course.toml", "requirements.lock", "pyproject.toml"):
                archive.write(root / name, name)
            if "src" not in {public.name for public in plan.public}:  # the toolkit installed elsewhere
                _add_tree(archive, Path(sys.modules["puente"].__file__).parent, "src/puente")
            for public in plan.public:  # what tests may read besides themselves: data, lessons, examples
                if public.is_dir():
                    _add_tree(archive, public, public.name)
                elif public.name not in ("requirements.lock",):
                    archive.write(public, public.name)
            for module in plan.modules:
                _add_tree(archive, root / "tests" / module, f"tests/{module}")
                _add_tree(archive, root / "exercises" / module, f"exercises/{module}")  # the stubs: the grader's base
                if tests is not None and (tests / module).is_dir():
                    _add_tree(archive, tests / module, f"hidden-tests/{module}")


def _add_text(archive: zipfile.ZipFile, name: str, text: str) -> None:
    info = zipfile.ZipInfo(name)
    info.external_attr = (0o100755 if not name.endswith(".json") else 0o100644) << 16
    archive.writestr(info, text)


def _add_tree(archive: zipfile.ZipFile, folder: Path, prefix: str) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(".pyc"):
            archive.write(path, f"{prefix}/{path.relative_to(folder).as_posix()}")


def _uv_pin(root: Path) -> str:
    for line in (root / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line.startswith("uv=="):
            return line.split()[0]
    return "uv"
