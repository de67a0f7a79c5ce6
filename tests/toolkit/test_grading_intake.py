"""Taking in a submission: only the manifest's files, found at the top or in one folder; bad input refused clearly."""

import zipfile
from pathlib import Path

import pytest

from puente.grading.intake import InvalidSubmission, discover, take_in
from puente.grading.model import Submission

WANTED = ["m00_welcome/first_look.py", "m00_welcome/missing_values.py"]


def _folder(root: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_only_named_files_are_copied(tmp_path):
    source = _folder(tmp_path / "ana", {
        "exercises/m00_welcome/first_look.py": "A = 1\n",
        "exercises/m00_welcome/conftest.py": "evil\n",
        "exercises/sitecustomize.py": "evil\n",
        "pytest.ini": "[pytest]\n",
    })
    intake = take_in(Submission("ana", source), WANTED, tmp_path / "out")
    assert intake.copied == ["m00_welcome/first_look.py"]
    assert intake.missing == ["m00_welcome/missing_values.py"]
    assert sorted(p.name for p in (tmp_path / "out").rglob("*") if p.is_file()) == ["first_look.py"]


def test_one_top_folder_is_looked_into(tmp_path):
    source = _folder(tmp_path / "ana", {"puente-ana-main/exercises/m00_welcome/first_look.py": "A = 1\n"})
    assert take_in(Submission("ana", source), WANTED, tmp_path / "out").copied == ["m00_welcome/first_look.py"]


def test_zip_inside_a_top_folder_and_its_language(tmp_path):
    archive = tmp_path / "ana.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("repo/exercises/m00_welcome/first_look.py", "A = 1\n")
        handle.writestr("repo/.puente/lang", "es\n")
    intake = take_in(Submission("ana", archive), WANTED, tmp_path / "out")
    assert intake.copied == ["m00_welcome/first_look.py"] and intake.lang == "es"
    assert (tmp_path / "out" / "m00_welcome" / "first_look.py").read_text() == "A = 1\n"


def test_a_committed_marker_asks_for_spanish(tmp_path):
    source = _folder(tmp_path / "ana", {"exercises/m00_welcome/first_look.py": "A = 1\n", ".puente-lang": "es\n"})
    assert take_in(Submission("ana", source), WANTED, tmp_path / "out").lang == "es"


def test_discover_names_students_and_skips_hidden_entries(tmp_path):
    (tmp_path / "ana").mkdir()
    (tmp_path / "beto.zip").write_bytes(b"")
    (tmp_path / ".DS_Store").write_bytes(b"")
    assert [s.student for s in discover(tmp_path)] == ["ana", "beto"]


@pytest.mark.parametrize(
    ("members", "words"),
    [
        ({"exercises/m00_welcome/first_look.py": "x", "../evil.py": "x"}, "unsafe path"),
        ({"/etc/evil.py": "x"}, "unsafe path"),
        ({}, "zip is empty"),
        ({"README.md": "x"}, "no exercises/ folder"),
    ],
)
def test_bad_zips_are_refused_with_a_reason(tmp_path, members, words):
    archive = tmp_path / "bad.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for name, text in members.items():
            handle.writestr(name, text)
    with pytest.raises(InvalidSubmission, match=words):
        take_in(Submission("bad", archive), WANTED, tmp_path / "out")


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path):
    source = _folder(tmp_path / "ana", {"exercises/m00_welcome/first_look.py": ""})
    with open(source / "exercises/m00_welcome/first_look.py", "r+b") as handle:
        handle.truncate(3 * 1024**2)
    with pytest.raises(InvalidSubmission, match=r"is 3\.0 MB; a file may be at most 2\.0 MB"):
        take_in(Submission("ana", source), WANTED, tmp_path / "out")


def test_a_symlink_anywhere_on_the_path_is_refused(tmp_path):
    real = _folder(tmp_path / "real", {"m00_welcome/first_look.py": "A = 1\n"})
    (tmp_path / "ana" / "exercises").mkdir(parents=True)
    (tmp_path / "ana" / "exercises" / "m00_welcome").symlink_to(real / "m00_welcome")
    with pytest.raises(InvalidSubmission, match="symbolic link"):
        take_in(Submission("ana", tmp_path / "ana"), WANTED, tmp_path / "out")
