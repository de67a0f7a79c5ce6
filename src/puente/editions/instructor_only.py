"""What never goes into the student edition, in one place: solutions, hidden test packs,
instructor notes, and the tests and tools that need `solutions/` to run.

Paths are relative to the course root, with forward slashes. A toolkit test or a benchmark needs
solutions when it names them or asks for a fixture of `tests/toolkit/conftest.py` that copies
them (the mini course, a graded class); such files stay out, so the student edition's `make test`
never meets a test that cannot pass there (and nothing is skipped).
"""

import re
from fnmatch import fnmatch

# whole folders (and anything under them)
INSTRUCTOR_FOLDERS = (
    "solutions",        # the reference solutions
    "instructors",      # instructor guides (the site shows them only in the instructor's edition)
    "hidden-tests",     # a hidden test pack kept in the repository
    ".ci",              # the course's own CI entry point; students get the classroom workflow
    "tests/serving",    # fuzzes the reference service in solutions/m05_serving
    "tests/alternatives",  # runs graded tests on variants of solutions/ (correct answers the lesson allows)
    "tests/toolkit/redteam",
)

# files known to need solutions/ even if the scan below missed them
NEEDS_SOLUTIONS = (
    "tests/toolkit/test_editions*.py",
    # the teaching kit's plan, notes and slides live in instructors/, which the student edition leaves out
    "tests/toolkit/test_teaching_plan.py",
    "tests/site/test_teaching.py",
)

# where files are scanned for a need of solutions/ (graded tests and lessons never read them)
SCANNED = ("tests/toolkit/", "benchmarks/")
# fixtures of tests/toolkit/conftest.py that copy solutions/ (the mini course; a class graded from the references)
SOLUTION_FIXTURES = {"mini_course", "mini_course_template", "puente", "solve", "grade_copies"}
NAMES_SOLUTIONS = re.compile(r"""["'/]solutions\b|\bsolutions["'/]""")
SIGNATURE = re.compile(r"def \w+\(([^)]*)\)")

# the one workflow a student repository runs: GitHub Classroom's autograding
WORKFLOWS = ".github/workflows/"
CLASSROOM_WORKFLOW = ".github/workflows/classroom.yml"


def never_seen_by_learners(path: str) -> bool:
    """The one rule of what learners never see (solutions, hidden packs, instructor notes): the student
    edition leaves these out, and the grader's sandbox never mounts them (grading/plan.py)."""
    if "hidden-tests" in path.split("/"):
        return True
    return any(path == folder or path.startswith(folder + "/") for folder in INSTRUCTOR_FOLDERS)


def is_instructor_only(path: str, text: str = "") -> bool:
    """True when `path` (whose content is `text`, for scanned files) must stay out of the student edition."""
    if never_seen_by_learners(path):
        return True
    if path.startswith(WORKFLOWS) and path != CLASSROOM_WORKFLOW:
        return True
    return any(fnmatch(path, pattern) for pattern in NEEDS_SOLUTIONS) or needs_solutions(path, text)


def is_scanned(path: str) -> bool:
    return path.startswith(SCANNED) and path.endswith(".py") and not path.endswith("/conftest.py")


def needs_solutions(path: str, text: str) -> bool:
    """A scanned Python file that names solutions/ or asks for a mini-course fixture."""
    if not is_scanned(path):
        return False
    parameters = {name.strip().split(":")[0].split("=")[0].strip() for match in SIGNATURE.findall(text) for name in match.split(",")}
    return bool(NAMES_SOLUTIONS.search(text)) or bool(parameters & SOLUTION_FIXTURES)


def student_files(files: list[str], read) -> list[str]:
    """The files of the student edition: `files` less the instructor-only ones, and less every scanned
    file that runs one of those (a test of benchmarks/grading.py goes when benchmarks/grading.py goes).
    `read(path)` returns a file's text."""
    texts = {path: read(path) for path in files if is_scanned(path)}
    left_out = {path for path in files if is_instructor_only(path, texts.get(path, ""))}
    while True:
        runs_left_out = {path for path, text in texts.items() if path not in left_out and any(o in text for o in left_out if is_scanned(o))}
        if not runs_left_out:
            return [path for path in files if path not in left_out]
        left_out |= runs_left_out
