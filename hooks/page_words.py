"""The site's own words and a page everyone can use, in each language.

- Heading links say what they are in the page's language (toc's `permalink_title`), from the
  toolkit's catalog (`site.permalink`).
- The search dialog has an accessible name (`site.search`), and every code block can be reached
  and scrolled with the keyboard (`tabindex="0"` on `<pre>`, axe: scrollable-region-focusable).
- A lesson links each glossary term, the first time it uses it, to modules/glossary.md.
"""

import posixpath
import re
from pathlib import Path

from site_languages import current_language

from puente.i18n import MESSAGES

PERMALINK = re.compile(r'(<a class="headerlink" href="[^"]*") title="[^"]*"')
SEARCH_DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")(?! aria-label)')
PRE_WITHOUT_TABINDEX = re.compile(r"<pre(?![^>]*tabindex)(?=[\s>])")
LESSON = re.compile(r"^m\d\d_\w+/index(\.es)?\.md$")
GLOSSARY = "glossary.md"
SKIPPED_LINE = re.compile(r"^\s*(#|!!!|\?\?\?|\||<|--8<--|```|~~~|\{)")
NOT_PROSE = re.compile(r"`[^`]*`|\[[^\]]*\]\([^)]*\)|<[^>]+>|\*\*?[^*]+\*\*?|https?://\S+")


def word(key: str, lang: str) -> str:
    return MESSAGES[key][1 if lang == "es" else 0]


def on_post_page(output, page, config):
    lang = current_language(config)
    if lang == "es":  # a notebook keeps its own English heading; its title in the Spanish navigation is the catalog's
        for key, (english, spanish) in MESSAGES.items():
            if key.startswith("site.notebook."):
                output = re.sub(r'(<span class="md-ellipsis">\s*)' + re.escape(english) + r"(\s*</span>)", rf"\g<1>{spanish}\g<2>", output)
                output = re.sub(r'(aria-label="[^":]+: )' + re.escape(english) + '"', rf'\g<1>{spanish}"', output)
                output = output.replace(f"<title>{english} - ", f"<title>{spanish} - ")
    output = PERMALINK.sub(lambda m: f'{m[1]} title="{word("site.permalink", lang)}"', output)
    output = SEARCH_DIALOG.sub(lambda m: f'{m[1]} aria-label="{word("site.search", lang)}"', output)
    return PRE_WITHOUT_TABINDEX.sub('<pre tabindex="0"', output)


def glossary_terms(docs_dir: Path, lang: str) -> list[tuple[str, str]]:
    """(the form the page's language uses, anchor) for each row of the glossary table."""
    terms = []
    for line in (docs_dir / GLOSSARY).read_text(encoding="utf-8").splitlines():
        row = re.match(r"^\|\s*\*\*(.+?)\*\*\{#([\w-]+)\}\s*\|\s*([^|]+?)\s*\|", line)
        if row:
            english, anchor, spanish = row[1], row[2], row[3]
            form = spanish.split(",")[0].strip() if lang == "es" else re.sub(r"\s*\(.*\)", "", english).split(",")[0].strip()
            terms.append((form, anchor))
    return terms


def on_page_markdown(markdown, page, config, files):
    """Link the first prose use of each glossary term in a lesson to its row in the glossary."""
    if not LESSON.match(page.file.src_uri) or not (Path(config.docs_dir) / GLOSSARY).is_file():
        return markdown
    target = posixpath.relpath(GLOSSARY, posixpath.dirname(page.file.src_uri))
    pending = glossary_terms(Path(config.docs_dir), current_language(config))
    lines, in_code = markdown.split("\n"), False
    for index, line in enumerate(lines):
        if re.match(r"^\s*(```|~~~)", line):
            in_code = not in_code
        if in_code or SKIPPED_LINE.match(line) or not pending:
            continue
        masked = NOT_PROSE.sub(lambda m: "\0" * len(m[0]), line)
        for form, anchor in list(pending):
            found = re.search(r"(?<![\w\-/.])" + re.escape(form) + r"(?![\w\-])", masked, flags=re.IGNORECASE)
            if found:
                start, end = found.span()
                line = f"{line[:start]}[{line[start:end]}]({target}#{anchor}){line[end:]}"
                masked = NOT_PROSE.sub(lambda m: "\0" * len(m[0]), line)
                pending.remove((form, anchor))
        lines[index] = line
    return "\n".join(lines)
