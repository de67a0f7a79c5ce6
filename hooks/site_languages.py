"""Shared by the site hooks (not a hook itself): which language is being built, and how to add a
page that mkdocs-static-i18n did not create so that it lands under `<lang>/` and its language
switcher leads to the same page in the other language.

mkdocs-static-i18n builds the site once per language; each build runs every hook again, and
`current_language` tells which one is running.
"""

import posixpath
from pathlib import Path
from types import SimpleNamespace

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File


def i18n(config: MkDocsConfig):
    """The mkdocs-static-i18n plugin, which knows the languages and the one being built."""
    return config.plugins["i18n"]


def current_language(config: MkDocsConfig) -> str:
    return i18n(config).current_language


def course_root(config: MkDocsConfig) -> Path:
    """The repository root: the folder of mkdocs.yml (course.toml and snippets live there)."""
    return Path(config.config_file_path).resolve().parent


def localized(path: Path, lang: str, default_lang: str) -> Path:
    """`name.<lang>.ext` when it exists, else `name.ext` (the default language, and the fallback)."""
    if lang != default_lang:
        variant = path.with_suffix(f".{lang}{path.suffix}")
        if variant.is_file():
            return variant
    return path


def is_translation(path: Path, languages: list[str]) -> bool:
    """True for `name.es.md`, `name.es.ipynb`: a language variant of another file."""
    suffixes = path.suffixes
    return len(suffixes) >= 2 and suffixes[-2].lstrip(".") in languages


class SitePage(File):
    """A documentation page whatever its extension (a notebook is one too)."""

    def is_documentation_page(self) -> bool:
        return True


def _dest_uri(src_uri: str, lang_prefix: str) -> str:
    parent, filename = posixpath.split(src_uri)
    stem = posixpath.splitext(filename)[0]
    page_dir = parent if stem == "index" else posixpath.join(parent, stem)
    return posixpath.join(lang_prefix, page_dir, "index.html")


def add_page(config: MkDocsConfig, files, src_uri: str, source: Path) -> File:
    """Add `source` to this language's build as the page `src_uri`, with i18n's alternates.

    `src_uri` is the same in every language (nav entries and links name it); the destination
    gets the `<lang>/` prefix outside the default language, as mkdocs-static-i18n does.
    """
    plugin = i18n(config)
    lang, default_lang = plugin.current_language, plugin.default_language

    def prefix(code: str) -> str:
        return "" if code == default_lang else code

    page = SitePage(
        src_uri,
        src_dir=None,
        dest_dir=config.site_dir,
        use_directory_urls=config.use_directory_urls,
        dest_uri=_dest_uri(src_uri, prefix(lang)),
    )
    page.abs_src_path = str(source)
    page.generated_by = "hooks"
    page.locale = lang
    page.localization = lang if lang != default_lang else None
    page.locale_alternate_of = lang
    page.norm_src_uri = src_uri
    page.alternates = {
        code: SimpleNamespace(url=File(src_uri, None, "", True, dest_uri=_dest_uri(src_uri, prefix(code))).url, page=None)
        for code in plugin.build_languages
    }
    page.alternates[lang] = page
    files.append(page)
    plugin.i18n_files_per_language.setdefault(lang, []).append(page)  # i18n's sitemap lists it too
    return page
