"""Solutions released one module at a time: `puente edition solutions` writes the file, and
`puente catchup --from FILE` applies it in a copy without solutions/; bad files change nothing."""

import json
import shutil
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # editions: releases built and checked for real

MODULE = "m00_welcome"
EXERCISES = ("first_look", "missing_values", "majority_baseline")


@pytest.fixture
def release(puente, mini_course: Path, tmp_path: Path) -> Path:
    """m00's solutions released from the mini course, which then loses solutions/ like a student edition."""
    path = tmp_path / "m00-solutions.zip"
    done = puente("edition", "solutions", MODULE, str(path))
    assert done.returncode == 0, done.stderr
    shutil.rmtree(mini_course / "solutions")
    return path


def _learner_files(course: Path) -> dict[str, bytes]:
    return {p.relative_to(course).as_posix(): p.read_bytes() for p in sorted((course / "exercises").rglob("*")) if p.is_file()}


def _rewrite(release: Path, out: Path, change) -> Path:
    """A copy of `release` whose puente-release.json (and members) `change(description, members)` edits."""
    with zipfile.ZipFile(release) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    description = json.loads(members.pop("puente-release.json"))
    change(description, members)
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("puente-release.json", json.dumps(description))
        for name, content in members.items():
            archive.writestr(name, content)
    return out


def test_the_release_holds_a_manifest_and_the_solution_files(release: Path):
    with zipfile.ZipFile(release) as archive:
        description = json.loads(archive.read("puente-release.json"))
        names = sorted(archive.namelist())
    assert description["kind"] == "puente-solutions-release"
    assert description["course"] == {"title": "Puente", "version": description["course"]["version"]} and description["course"]["version"]
    assert description["module"] == MODULE
    assert sorted(f["path"] for f in description["files"]) == sorted(f"{e}.py" for e in EXERCISES)
    assert all(len(f["sha256"]) == 64 for f in description["files"])
    assert names == sorted(["puente-release.json", *(f"solutions/{MODULE}/{e}.py" for e in EXERCISES)])


def test_catchup_from_a_release_makes_the_module_pass(puente, mini_course: Path, release: Path):
    mine = mini_course / "exercises" / MODULE / "first_look.py"
    mine.write_text(mine.read_text() + "# my own attempt\n")
    done = puente("catchup", "--from", str(release))
    assert done.returncode == 0, done.stderr
    assert "Filled exercises/m00_welcome/first_look.py" in done.stdout, "it names each file it overwrote"
    assert "3 files of m00_welcome now hold the released solutions" in done.stdout
    backups = list((mini_course / ".puente" / "backups").rglob("first_look.py"))
    assert len(backups) == 1 and "# my own attempt" in backups[0].read_text(), "the learner's attempt is saved"
    checked = puente("check", "--all")
    assert checked.returncode == 0, f"every exercise of {MODULE} passes after the release:\n{checked.stdout}"
    assert "30/30" in puente("progress").stdout


def test_catchup_by_module_in_a_student_copy_says_solutions_come_from_the_instructor(puente, release: Path):
    done = puente("catchup", "m99_next")
    assert done.returncode == 2
    assert "student edition" in done.stderr and "puente catchup --from FILE" in done.stderr


def _assert_refused(puente, course: Path, path: Path, expected: str) -> None:
    before = _learner_files(course)
    done = puente("catchup", "--from", str(path))
    assert done.returncode == 2, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), f"one clear line, got: {done.stderr}"
    assert expected in lines[0], lines[0]
    assert "Traceback" not in done.stdout + done.stderr
    assert _learner_files(course) == before, "a refused release changes nothing"
    assert not (course / ".puente" / "backups").exists()


def test_a_file_that_is_not_a_release_is_refused(puente, mini_course: Path, release: Path, tmp_path: Path):
    text = tmp_path / "notes.zip"
    text.write_text("not a zip at all")
    _assert_refused(puente, mini_course, text, "is not a Puente solutions release")
    other_zip = tmp_path / "other.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("first_look.py", "print('hi')\n")
    _assert_refused(puente, mini_course, other_zip, "is not a Puente solutions release")
    _assert_refused(puente, mini_course, tmp_path / "missing.zip", "does not exist")


def test_a_release_of_another_course_version_is_refused(puente, mini_course: Path, release: Path):
    manifest = mini_course / "course.toml"
    version = json.loads(zipfile.ZipFile(release).read("puente-release.json"))["course"]["version"]
    manifest.write_text(manifest.read_text().replace(f'version = "{version}"', 'version = "2099.01"'))
    _assert_refused(puente, mini_course, release, f"is for Puente {version}, but this course is Puente 2099.01")


def test_a_release_of_an_unknown_module_is_refused(puente, mini_course: Path, release: Path, tmp_path: Path):
    def rename(description, members):
        description["module"] = "m42_unknown"
        for name in list(members):
            members[name.replace(MODULE, "m42_unknown")] = members.pop(name)

    _assert_refused(puente, mini_course, _rewrite(release, tmp_path / "unknown.zip", rename), "module 'm42_unknown'")


def test_a_tampered_or_escaping_release_is_refused(puente, mini_course: Path, release: Path, tmp_path: Path):
    def tamper(description, members):
        members[f"solutions/{MODULE}/first_look.py"] += b"import os\n"

    def escape(description, members):
        description["files"][0]["path"] = "../../evil.py"

    _assert_refused(puente, mini_course, _rewrite(release, tmp_path / "tampered.zip", tamper), "does not match its hash")
    _assert_refused(puente, mini_course, _rewrite(release, tmp_path / "escape.zip", escape), "not a file of module m00_welcome")


def test_releasing_an_unknown_module_or_without_solutions_writes_nothing(puente, mini_course: Path, tmp_path: Path):
    out = tmp_path / "out.zip"
    unknown = puente("edition", "solutions", "m42_nope", str(out))
    assert unknown.returncode == 2 and "unknown module 'm42_nope'" in unknown.stderr
    shutil.rmtree(mini_course / "solutions")
    student = puente("edition", "solutions", MODULE, str(out))
    assert student.returncode == 2 and "no solutions/ folder" in student.stderr
    assert not out.exists()
