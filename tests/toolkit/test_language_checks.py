"""`puente verify --static` speaks for both languages: a forbidden glossary variant in a Spanish
page, a catalog message without one of its languages, and a learner-facing exercise line without
its Spanish twin each fail, naming the file and line."""

import io
import shutil
import subprocess
from pathlib import Path

from rich.console import Console

from puente.i18n import MESSAGES
from puente.language_checks import catalog_problems, comment_problems, find_variants, glossary_variants
from puente.verify import run_verify

REPO = Path(__file__).resolve().parents[2]


def verify_static(course) -> tuple[int, str]:
    printed = io.StringIO()
    code = run_verify(Console(file=printed, width=300, no_color=True), course, [], static=True)
    return code, printed.getvalue()


def with_glossary(course):
    shutil.copy(REPO / "modules" / "glossary.md", course / "modules" / "glossary.md")
    shutil.copy(REPO / "modules" / "glossary.es.md", course / "modules" / "glossary.es.md")
    return course


def test_the_mini_course_passes(mini_course, monkeypatch):
    monkeypatch.setenv("PUENTE_LANG", "en")
    code, printed = verify_static(with_glossary(mini_course))
    assert code == 0, printed
    assert "the catalog and exercise files are bilingual" not in printed  # passing checks are not listed


def test_a_forbidden_variant_in_a_spanish_page_fails_with_file_and_line(mini_course, monkeypatch):
    monkeypatch.setenv("PUENTE_LANG", "en")
    page = with_glossary(mini_course) / "modules" / "m00_welcome" / "index.es.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    page.write_text("\n".join([*lines, "", "Abra el notebook de la analista y haga unpickle del modelo."]) + "\n", encoding="utf-8")
    code, printed = verify_static(mini_course)
    assert code == 1
    where = f"modules/m00_welcome/index.es.md:{len(lines) + 2}"
    assert f"{where}: “notebook” is not the course's word; the glossary says “cuaderno”" in printed, printed
    assert f"{where}: “unpickle” is not the course's word; the glossary says “deserializar”" in printed, printed


def test_a_forbidden_variant_in_a_spanish_hint_fails(mini_course, monkeypatch):
    monkeypatch.setenv("PUENTE_LANG", "es")
    manifest = with_glossary(mini_course) / "course.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('es = "', 'es = "Abra su notebook. ', 1), encoding="utf-8")
    code, printed = verify_static(mini_course)
    assert code == 1
    assert "course.toml:" in printed and "“notebook” no es la palabra del curso; el glosario dice “cuaderno”" in printed, printed


def test_code_quotations_and_italic_terms_are_not_prose():
    variants = glossary_variants(REPO)
    assert find_variants("Abra el notebook.", variants) == [("notebook", "cuaderno")]
    for allowed in ("Corra `jupyter notebook` aquí.", "la deriva (*drift*) de los datos", 'el artículo "I don\'t like notebooks"',
                    "[el cuaderno](analyst_notebook.ipynb)", "scoring.ipynb es un cuaderno"):
        assert find_variants(allowed, variants) == [], allowed


def test_a_catalog_message_without_spanish_fails(mini_course, monkeypatch):
    monkeypatch.setenv("PUENTE_LANG", "en")
    monkeypatch.setitem(MESSAGES, "test.only_english", ("Only in English", ""))
    monkeypatch.setitem(MESSAGES, "test.other_fields", ("{count} files", "{número} archivos"))
    code, printed = verify_static(with_glossary(mini_course))
    assert code == 1
    assert "catalog message 'test.only_english' has no Spanish text" in printed, printed
    assert "catalog message 'test.other_fields': English and Spanish name different fields (count, número)" in printed, printed


def test_the_real_catalog_has_both_languages_everywhere():
    assert catalog_problems("en") == []
    assert catalog_problems("en", {"x.one": ("One",)}) == ["catalog message 'x.one' has no Spanish text (src/puente/catalog.py or i18n.py)"]


def test_a_stub_line_without_its_spanish_twin_fails(mini_course, monkeypatch):
    monkeypatch.setenv("PUENTE_LANG", "en")
    stub = with_glossary(mini_course) / "exercises" / "m00_welcome" / "first_look.py"
    lines = stub.read_text(encoding="utf-8").splitlines()
    stub.write_text("\n".join([*lines, "", "", "def later():", '    """Only English here."""',
                               "    # TODO: return 1", "    return 0", ""]), encoding="utf-8")
    # verify reads the committed stubs (a learner's work in progress never counts): the course commits its change
    subprocess.run(["git", "-c", "user.name=Puente", "-c", "user.email=puente@example.org", "commit", "-qam", "stub change"],
                   cwd=mini_course, check=True, capture_output=True, timeout=120)
    code, printed = verify_static(mini_course)
    assert code == 1
    base = len(lines)
    assert f"exercises/m00_welcome/first_look.py:{base + 5}: a learner-facing line has no Spanish twin on the next line (`# POR HACER:`): # TODO: return 1" in printed, printed
    assert f"exercises/m00_welcome/first_look.py:{base + 4}: a learner-facing docstring has no Spanish paragraph starting `ES: `" in printed, printed


def test_comment_twins_line_by_line():
    ok = ["# TODO: fill it", "# POR HACER: llénelo", "# Why this is so", "# ES: Por qué es así"]
    assert comment_problems(ok, "f.py", "en") == []
    continued = ["# TODO: one long", "#       sentence", "# POR HACER: una frase", "#       larga"]
    assert comment_problems(continued, "f.py", "en") == []
    missing = ["# Why this is so", "x = 1"]
    assert comment_problems(missing, "f.py", "en") == [
        "f.py:1: a learner-facing line has no Spanish twin on the next line (`# ES:`): # Why this is so"
    ]
