"""Every internal link of the built site resolves: the target file exists and, when the link
names a section (`#anchor`), the target page has an element with that id."""

import posixpath
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = pytest.mark.slow  # the strict site build (and a browser)


def target_file(page_path: str, reference: str) -> str | None:
    """The site file a relative reference from `page_path` points to (None for other hosts)."""
    parts = urlsplit(reference)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return page_path
    if parts.path.startswith("/"):
        path = parts.path.lstrip("/")
    else:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), unquote(parts.path)))
    if parts.path.endswith("/") or path == ".":
        path = posixpath.join(path, "index.html").removeprefix("./")
    return path


def test_every_internal_link_resolves(built_site, read_page):
    pages = {html.relative_to(built_site).as_posix(): read_page(html.relative_to(built_site).as_posix())
             for html in built_site.rglob("*.html")}
    broken = []
    for page_path, page in sorted(pages.items()):
        if page_path == "404.html":
            continue  # served for any missing path, so its links are absolute from the site root
        for tag, reference in page.references:
            target = target_file(page_path, reference)
            if target is None:
                continue
            if not (built_site / target).is_file():
                if (built_site / target).is_dir() and (built_site / target / "index.html").is_file():
                    target = posixpath.join(target, "index.html")
                else:
                    broken.append(f"{page_path}: <{tag}> {reference} -> {target} does not exist")
                    continue
            fragment = unquote(urlsplit(reference).fragment)
            if fragment and target.endswith(".html") and fragment not in pages[target].ids:
                broken.append(f"{page_path}: {reference} -> {target} has no element with id '{fragment}'")
    assert not broken, f"{len(broken)} broken internal links:\n" + "\n".join(broken[:40])
