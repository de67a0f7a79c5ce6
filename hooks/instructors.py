"""Bring the instructor guides into the site: `instructors/*.md` at the repository root (outside
`docs_dir`, so they read well on GitHub too) become pages under `instructors/<name>/`.

`name.es.md` is the Spanish version of `name.md`; a guide without one is shown in English in
the Spanish site with a note. Links that climb to the lessons (`../modules/m00_welcome/index.md`,
right on GitHub) are rewritten to the site's layout. The section's landing page is
`modules/instructors/index.md`; its marker `<!-- puente:instructor-guides -->` becomes the list.
"""

import re
from pathlib import Path

from mkdocs.plugins import event_priority
from site_languages import add_page, course_root, i18n, is_translation, localized

GUIDES_DIR = "instructors"
GUIDE_LIST = "<!-- puente:instructor-guides -->"
LESSON_LINK = re.compile(r"\]\(\.\./modules/")
ENGLISH_ONLY = '\n!!! note "Guía en inglés"\n    Esta guía todavía no está traducida; aquí se muestra la versión en inglés.\n'
TITLE_LINE = re.compile(r"^# .*$", re.MULTILINE)
INLINE_MARKUP = re.compile(r"[`*]")


def guide_pages(config) -> list[tuple[str, str, Path]]:
    """(page src_uri, title, source file) of each guide, in the language being built, by file name."""
    plugin = i18n(config)
    folder = course_root(config) / GUIDES_DIR
    pages = []
    for path in sorted(folder.glob("*.md")):
        if is_translation(path, plugin.all_languages):
            continue
        source = localized(path, plugin.current_language, plugin.default_language)
        name = "readme" if path.stem.lower() in ("readme", "index") else path.stem
        pages.append((f"{GUIDES_DIR}/{name}.md", first_heading(source) or path.stem, source))
    return pages


def first_heading(path: Path) -> str | None:
    """The first `# ` heading as plain text (a navigation title shows no Markdown)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return INLINE_MARKUP.sub("", line[2:]).strip()
    return None


@event_priority(-110)
def on_files(files, config):
    """Runs after i18n's on_files: add this language's guides as pages."""
    for src_uri, _, source in guide_pages(config):
        add_page(config, files, src_uri, source)
    return files


def on_page_markdown(markdown, page, config, files):
    if GUIDE_LIST in markdown:
        items = [f"- [{title}]({Path(src_uri).name})" for src_uri, title, _ in guide_pages(config)]
        return markdown.replace(GUIDE_LIST, "\n".join(items))
    if not page.file.src_uri.startswith(f"{GUIDES_DIR}/") or page.file.abs_src_path is None:
        return markdown
    source = Path(page.file.abs_src_path)
    if course_root(config) / GUIDES_DIR != source.parent:
        return markdown
    markdown = LESSON_LINK.sub("](../", markdown)
    plugin = i18n(config)
    if plugin.current_language != plugin.default_language and not is_translation(source, plugin.all_languages):
        title = TITLE_LINE.search(markdown)
        at = title.end() if title else 0
        markdown = markdown[:at] + "\n" + ENGLISH_ONLY + markdown[at:]
    return markdown
