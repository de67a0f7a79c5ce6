"""What the strict build writes: notebook pages as HTML in both languages, the catalog and the
course map from course.toml, the navigation in teaching order, no asset from another host."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from puente.manifest import load_manifest

pytestmark = pytest.mark.slow  # the strict site build (and a browser)

LANGUAGES = {"en": "", "es": "es/"}


def course_notebooks(course_root: Path) -> list[Path]:
    return [
        path for path in sorted((course_root / "modules").glob("m*/*.ipynb"))
        if not any(path.name.endswith(f".{lang}.ipynb") for lang in LANGUAGES)
    ]


def lessons(course_root: Path):
    """The manifest's modules that have a lesson page, in teaching order."""
    manifest = load_manifest(course_root)
    return [m for m in manifest.module if (course_root / "modules" / m.id / "index.md").is_file()]


def label(module, lang: str) -> str:
    return f"{module.id[1:3]} · {module.title(lang)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_notebook_pages_are_html_not_raw_json(lang, course_root, read_page):
    notebooks = course_notebooks(course_root)
    assert notebooks, "the course has no notebook under modules/: module 01 ships the analyst's notebook"
    for notebook in notebooks:
        path = f"{LANGUAGES[lang]}{notebook.parent.name}/{notebook.stem}/"
        page = read_page(path)
        assert '"nbformat"' not in page.text and '"cell_type"' not in page.text, (
            f"{path} shows the notebook's raw JSON: the notebooks_i18n hook did not turn it into a page"
        )
        assert page.lang == lang, f"{path} is not marked as a '{lang}' page (html lang='{page.lang}')"
        assert "jp-Notebook" in page.html, f"{path} was not rendered by mkdocs-jupyter"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_exercise_catalog_lists_every_exercise_from_the_manifest(lang, course_root, read_page):
    manifest = load_manifest(course_root)
    page = read_page(f"{LANGUAGES[lang]}exercises/")
    rows = {row[-1]: row for row in page.rows if row}
    for exercise in manifest.exercise:
        command = f"puente check {exercise.id}"
        assert command in rows, f"the {lang} catalog has no row with `{command}`"
        title, points, minutes, _ = rows[command]
        assert title.startswith(exercise.title(lang)), f"{exercise.id}: title {title!r} is not the manifest's"
        assert (points, minutes) == (str(exercise.points), str(exercise.minutes)), (
            f"{exercise.id}: the catalog shows {points} points / {minutes} min, "
            f"course.toml says {exercise.points} / {exercise.minutes}"
        )
    for module in manifest.module:
        assert label(module, lang) in page.text, f"the {lang} catalog has no section for {module.id}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_landing_page_shows_the_course_map(lang, course_root, read_page):
    manifest = load_manifest(course_root)
    rows = {row[0]: row for row in read_page(LANGUAGES[lang]).rows if row}
    for module in manifest.module:
        assert label(module, lang) in rows, f"the {lang} course map has no row for {module.id}"
        _, goal, time, exercises = rows[label(module, lang)]
        assert goal == module.goal(lang), f"{module.id}: the course map's goal is not the manifest's"
        hours, minutes = divmod(module.minutes, 60)
        assert time.replace(" ", "") in (f"{module.minutes}min", f"{hours}h{minutes}min", f"{hours}h"), (
            f"{module.id}: the course map says {time!r}, course.toml says {module.minutes} minutes"
        )
        count = len(manifest.exercises_of(module.id))
        assert exercises.startswith(str(count)), f"{module.id}: the course map says {exercises!r}, not {count} exercises"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_navigation_lists_modules_in_teaching_order(lang, course_root, read_page):
    nav_texts = [text for _, text in read_page(LANGUAGES[lang]).nav_links]
    expected = [label(module, lang) for module in lessons(course_root)]
    found = [text for text in nav_texts if text in expected]
    assert list(dict.fromkeys(found)) == expected, "the site navigation does not follow course.toml's module order"


def test_instructor_guides_are_in_the_site_in_both_languages(course_root, read_page):
    guides = [p for p in sorted((course_root / "instructors").glob("*.md")) if not p.name.endswith(".es.md")]
    for prefix in LANGUAGES.values():
        landing = read_page(f"{prefix}instructors/")
        for guide in guides:
            name = "readme" if guide.stem.lower() in ("readme", "index") else guide.stem
            read_page(f"{prefix}instructors/{name}/")
            assert any(href.rstrip("/").endswith(name) for _, href in landing.references), (
                f"the {prefix or 'en'} instructors page does not link to {guide.name}"
            )


def test_no_page_loads_anything_from_another_host(built_site, read_page):
    loaded_from_outside = []
    for html in sorted(built_site.rglob("*.html")):
        for tag, url in read_page(html.relative_to(built_site).as_posix()).references:
            host = urlsplit(url).hostname
            if tag != "a" and host not in (None, "127.0.0.1"):
                loaded_from_outside.append(f"{html.relative_to(built_site)}: <{tag}> {url}")
    assert not loaded_from_outside, "pages load assets from other hosts:\n" + "\n".join(loaded_from_outside)
