"""What a grading run checks: the chosen exercises, their trusted tests, and the test ids to expect.

The trusted tests are the course's `tests/<module>/` files, with an instructor's hidden pack
laid over them (`PACK/<module>/test_<exercise>.py` replaces the course's file;
`PACK/<module>/test_<exercise>__<name>.py` adds one). The expected ids are collected once,
outside any sandbox, against solutions/: a submission cannot add or remove tests.
"""

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from puente.editions.instructor_only import never_seen_by_learners
from puente.errors import PuenteError
from puente.grading.launch import BOUNDARY_ENV
from puente.grading.sandbox import SANDBOX_ETC
from puente.manifest import Exercise, Manifest, with_foundations

# not needed in a sandbox (staged separately, or build output); what learners must never see is
# editions.instructor_only.never_seen_by_learners, the same rule the student edition follows
NOT_MOUNTED = {"exercises", "tests", "site", "venv", "node_modules", "dist", "build", "__pycache__",
               "target", "sandbox-etc", "pytest.ini"}
TRUSTED_INI = "[pytest]\n# the grader's own configuration: nothing from the submission is read\naddopts =\n"
TEST_FILE = re.compile(r"^test_(?P<exercise>[a-z][a-z0-9_]*?)(__[A-Za-z0-9_]+)?\.py$")


@dataclass
class TestPlan:
    __test__ = False

    exercises: list[Exercise]
    proto: Path  # the staged course, without a target: course.toml, pytest.ini, tests/, data
    test_files: list[str]  # relative to proto, passed to pytest
    expected: dict[str, str] = field(default_factory=dict)  # nodeid -> exercise id
    hidden: set[str] = field(default_factory=set)  # nodeids from the hidden pack
    public: list[Path] = field(default_factory=list)  # course folders tests may read (data, lessons), mounted read-only
    # the graded exercises and those they build on (Manifest.with_foundations): whose files are staged
    staged: list[Exercise] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.staged = self.staged or list(self.exercises)

    @property
    def modules(self) -> list[str]:
        return list(dict.fromkeys(e.module for e in self.staged))

    def wanted_files(self) -> list[str]:
        """The submission's files to copy, relative to exercises/: only what the manifest names."""
        return list(dict.fromkeys(f"{e.module}/{name}" for e in self.staged for name in e.files))

    def code_of(self, exercise: Exercise) -> list[Exercise]:
        """The exercise and the staged ones it builds on: whose learner code its tests run."""
        return with_foundations([exercise], {e.id: e for e in self.staged})

    def tests_of(self, exercise_id: str) -> list[str]:
        return [nodeid for nodeid, owner in self.expected.items() if owner == exercise_id]


def choose_exercises(manifest: Manifest, only: list[str]) -> list[Exercise]:
    """Every exercise, or those of the named modules and exercises."""
    if not only:
        return list(manifest.exercise)
    for name in only:
        if name not in manifest.modules_by_id and name not in manifest.exercises_by_id:
            manifest.get_exercise(name)  # raises with a did-you-mean
    return [e for e in manifest.exercise if e.module in only or e.id in only]


def build_plan(
    root: Path, exercises: list[Exercise], pack: Path | None, workdir: Path,
    expected: dict[str, str] | None = None, private: tuple[Path, ...] = (), staged: list[Exercise] | None = None,
) -> TestPlan:
    """Stage the trusted tests once; `expected` (nodeid -> exercise) skips collection (the Gradescope bundle).

    `private` names folders that must stay out of every sandbox even inside the course
    (the submissions, the output, the hidden pack); `staged`, the exercises whose learner files
    the tests run (the graded ones and what they build on).
    """
    proto = workdir / "proto"
    (proto / "tests").mkdir(parents=True)
    shutil.copy2(root / "course.toml", proto / "course.toml")
    (proto / "pytest.ini").write_text(TRUSTED_INI, encoding="utf-8")
    public = public_entries(root, private)
    for path in public:
        (proto / path.name).symlink_to(path, target_is_directory=path.is_dir())
    (proto / "sandbox-etc").mkdir()
    for name, text in SANDBOX_ETC.items():
        (proto / "sandbox-etc" / name).write_text(text, encoding="utf-8")
    wanted = {e.id for e in exercises}
    files: dict[str, tuple[Path, bool]] = {}
    for module in dict.fromkeys(e.module for e in exercises):
        _copy_support(root / "tests" / module, proto / "tests" / module)
        for source in sorted((root / "tests" / module).glob("test_*.py")):
            files[f"{module}/{source.name}"] = (source, False)
        for source in sorted((pack / module).glob("test_*.py")) if pack else ():
            files[f"{module}/{source.name}"] = (source, True)
    plan = TestPlan(exercises, proto, [], public=public, staged=staged or [])
    hidden_files = set()
    for relative, (source, hidden) in files.items():
        match = TEST_FILE.match(Path(relative).name)
        if not match or match["exercise"] not in wanted:
            continue
        shutil.copy2(source, proto / "tests" / relative)
        plan.test_files.append(f"tests/{relative}")
        if hidden:
            hidden_files.add(f"tests/{relative}")
    for exercise in exercises:
        if f"tests/{exercise.module}/test_{exercise.id}.py" not in plan.test_files:
            raise PuenteError(f"exercise '{exercise.id}' has no test file {exercise.test_file}", "add it, or grade other modules with --only")
    if expected is None:
        _collect(root, plan, hidden_files)
    else:
        plan.expected = {nodeid: owner for nodeid, owner in expected.items() if owner in wanted}
        plan.hidden = {nodeid for nodeid in plan.expected if nodeid.split("::")[0] in hidden_files}
    return plan


def public_entries(root: Path, private: tuple[Path, ...]) -> list[Path]:
    """The course's top-level entries a test may read: everything learners have, minus the private.

    Never what learners never see (solutions/, instructors/, hidden-tests/), exercises/ (the target stands in), tests/ (staged), version control,
    environments, build output, dot-folders, or anything named in `private`.
    """
    hidden = {resolved.resolve() for resolved in private}
    entries = []
    for path in sorted(root.iterdir()):
        if path.name in NOT_MOUNTED or never_seen_by_learners(path.name) or path.name.startswith(".") or path.name.endswith(".toml"):
            continue
        real = path.resolve()
        if any(real == p or real.is_relative_to(p) or p.is_relative_to(real) for p in hidden):
            continue
        entries.append(real)
    return entries


def _copy_support(source: Path, target: Path) -> None:
    """Non-test files of the module's test folder (conftest.py, data) are the course's: trusted."""
    target.mkdir(parents=True, exist_ok=True)
    for path in source.iterdir() if source.is_dir() else ():
        if path.name == "__pycache__" or path.name.startswith("test_"):
            continue
        if path.is_dir():
            shutil.copytree(path, target / path.name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, target / path.name)


def pytest_argv(python: str, course: str, target: str, test_files: list[str], extra: list[str]) -> list[str]:
    """The one trusted pytest command line, for collection and for every sandboxed run."""
    return [
        python, "-I", "-B", "-m", "puente.grading.launch", "-c", f"{course}/pytest.ini", "--rootdir", course,
        "-p", "puente.pytest_plugin", "-p", "no:cacheprovider", "--import-mode=importlib",
        "--target", target, "-q", "--no-header", *extra,
        *[f"{course}/{name}" for name in test_files],
    ]


def clean_env(course: str) -> dict[str, str]:
    """The environment of a run, built from nothing: no PYTEST_ADDOPTS, no PYTHONPATH, no secrets."""
    return {
        "PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8", "TMPDIR": "/tmp", "PUENTE_ROOT": course,
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "MPLBACKEND": "Agg", "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PYTHONHASHSEED": "0",
        BOUNDARY_ENV: "1",  # the guard runs learner modules in a worker process (grading/boundary.py)
    }


def _collect(root: Path, plan: TestPlan, hidden_files: set[str]) -> None:
    course = str(plan.proto)
    argv = pytest_argv(sys.executable, course, str(root / "solutions"), plan.test_files, ["--collect-only"])
    env = clean_env(course) | {"TMPDIR": os.environ.get("TMPDIR", "/tmp"), "HOME": os.environ.get("HOME", "/tmp")}
    done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=plan.proto, timeout=600)
    ids = [line.strip() for line in done.stdout.splitlines() if "::" in line and not line.startswith(" ")]
    if done.returncode != 0 or not ids:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-8:])
        raise PuenteError(f"the trusted tests do not collect against solutions/:\n{tail}", "fix the tests (or the --tests pack) first")
    for nodeid in ids:
        path = nodeid.split("::", 1)[0]
        match = TEST_FILE.match(Path(path).name)
        exercise = plan_exercise(plan, path, match["exercise"] if match else "")
        if exercise:
            plan.expected[nodeid] = exercise
            if path in hidden_files:
                plan.hidden.add(nodeid)


def plan_exercise(plan: TestPlan, path: str, exercise_id: str) -> str | None:
    for exercise in plan.exercises:
        if exercise.id == exercise_id and path.startswith(f"tests/{exercise.module}/"):
            return exercise.id
    return None
