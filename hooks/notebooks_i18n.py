"""Make mkdocs-jupyter and mkdocs-static-i18n work together: notebooks become HTML pages in
every language.

The conflict (mkdocs-static-i18n#198): mkdocs-jupyter marks `.ipynb` files as pages in
`on_files`, then i18n (priority -100) re-creates every file as a plain `File`, so a notebook
is copied as raw JSON and `--strict` does not notice. This hook runs after i18n and turns each
notebook back into a page: `m01_notebooks/explore.ipynb` becomes `m01_notebooks/explore/` in
English and `es/m01_notebooks/explore/` in Spanish (from `explore.es.ipynb` when it exists,
else from the English notebook). mkdocs-jupyter then renders any page whose source is a
notebook. The site uses directory URLs (mkdocs' default).
"""

import re
from pathlib import Path

from mkdocs.plugins import event_priority
from site_languages import add_page, i18n, is_translation, localized

# nbconvert's template loads MathJax from a CDN; mkdocs-jupyter leaves the address empty by
# default. The course's notebooks have no maths, so the tag goes: a page makes no request
# outside the site.
EMPTY_MATHJAX = re.compile(r'<script src="">\s*</script>')


@event_priority(-110)
def on_files(files, config):
    plugin = i18n(config)
    docs_dir = Path(config.docs_dir)
    notebooks = [f for f in files if f.src_uri.endswith(".ipynb")]
    originals = set()
    for raw in notebooks:
        files.remove(raw)
        source = Path(raw.abs_src_path)
        if is_translation(source, plugin.all_languages):
            source = source.with_suffix("").with_suffix(source.suffix)
        originals.add(source)
    for source in sorted(originals):
        chosen = localized(source, plugin.current_language, plugin.default_language)
        if chosen.is_file():
            add_page(config, files, source.relative_to(docs_dir).as_posix(), chosen)
    return files


def on_page_content(html, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        return EMPTY_MATHJAX.sub("", html)
    return html
