"""The site as a learner meets it, in Debian's Chromium over real HTTP: both languages render,
the language switch keeps the page, search works in English and Spanish, notebooks show their
outputs. Every visit also proves that the console shows no error and that no request leaves
127.0.0.1."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from puente.manifest import load_manifest

pytestmark = pytest.mark.slow  # the strict site build (and a browser)

LANGUAGES = {"en": "", "es": "es/"}


def first_module(course_root: Path) -> str:
    return load_manifest(course_root).module[0].id


def first_notebook(course_root: Path) -> str:
    """The path (without language prefix) of the course's first notebook page."""
    notebooks = [p for p in sorted((course_root / "modules").glob("m*/*.ipynb")) if p.suffixes == [".ipynb"]]
    assert notebooks, "the course has no notebook under modules/: module 01 ships the analyst's notebook"
    return f"{notebooks[0].parent.name}/{notebooks[0].stem}/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_landing_page_renders(lang, visit, course_root, artifacts):
    seen = visit(LANGUAGES[lang])
    page = seen.page
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("article h1").first.inner_text().startswith("Puente")
    course_map = page.locator("article table").first
    for module in load_manifest(course_root).module:
        assert course_map.get_by_text(module.title(lang)).first.is_visible(), f"the course map does not show {module.id}"
    page.screenshot(path=artifacts / f"landing-{lang}.png", full_page=True)
    seen.assert_clean()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_module_page_renders(lang, visit, course_root, artifacts):
    module = first_module(course_root)
    seen = visit(f"{LANGUAGES[lang]}{module}/")
    page = seen.page
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("article h1").first.is_visible(), f"the {lang} lesson of {module} has no visible title"
    page.screenshot(path=artifacts / f"module-{lang}.png", full_page=True)
    seen.assert_clean()


def switch_language(page, lang: str) -> None:
    page.locator(".md-header__option .md-select").hover()
    page.locator(f'a.md-select__link[hreflang="{lang}"]').click()
    page.wait_for_load_state("load")


@pytest.mark.parametrize("where", ["module", "notebook", "start"])
def test_language_switch_keeps_the_page(where, visit, course_root, site_url):
    path = {"module": f"{first_module(course_root)}/", "notebook": first_notebook(course_root), "start": "start/"}[where]
    seen = visit(path)
    switch_language(seen.page, "es")
    assert seen.page.url == f"{site_url}es/{path}", f"English -> Español left {path} for {seen.page.url}"
    assert seen.page.locator("html").get_attribute("lang") == "es"
    switch_language(seen.page, "en")
    assert seen.page.url == f"{site_url}{path}", f"Español -> English left es/{path} for {seen.page.url}"
    seen.assert_clean()


def search_for(page, term: str, attempts: int = 6):
    """Type the term until a result shows: the search index loads in a web worker, slowly on a busy machine."""
    search = page.locator("input.md-search__input")
    result = page.locator(".md-search-result__item a").first
    for _ in range(attempts):
        search.click()
        search.fill("")
        search.fill(term)
        try:
            result.wait_for(state="visible", timeout=5_000)
            return result
        except PlaywrightTimeout:
            continue
    pytest.fail(f"searching '{term}' showed no result in {attempts * 5} s")


@pytest.mark.parametrize(
    ("lang", "term", "expected"),
    [("en", "nudge", "start/"), ("es", "empujoncito", "es/start/")],
)
def test_search_finds_a_term(lang, term, expected, visit, site_url):
    seen = visit(LANGUAGES[lang])
    page = seen.page
    result = search_for(page, term)
    assert urlsplit(result.get_attribute("href"))._replace(query="", fragment="").geturl() == f"{site_url}{expected}", (
        f"searching '{term}' should lead to {expected}, its first result is {result.get_attribute('href')}"
    )
    seen.assert_clean()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_notebook_page_shows_executed_outputs(lang, visit, course_root):
    path = LANGUAGES[lang] + first_notebook(course_root)
    seen = visit(path)
    page = seen.page
    assert page.locator(".jp-Notebook").count() == 1, f"{path} is not a rendered notebook"
    output = page.locator(".jp-OutputArea-output").first
    assert output.is_visible(), f"{path} shows no output cell: commit the notebook executed"
    assert output.inner_text().strip() or output.locator("img").count(), f"{path}: the first output is empty"
    prompts = page.locator(".jp-InputPrompt").all_inner_texts()
    assert any(re.search(r"\[\d+\]", prompt) for prompt in prompts), f"{path}: no cell shows an execution count"
    seen.assert_clean()
