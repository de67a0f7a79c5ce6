"""The course site, built once per test session and served over real HTTP on 127.0.0.1, and a
real Chromium (Debian's, driven by Playwright) that refuses every request leaving 127.0.0.1.
"""

import fcntl
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
BUILD_TIME = pytest.StashKey[float]()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """A browser test without Chromium fails at once, before the site build its fixtures start."""
    if "browser" in getattr(item, "fixturenames", ()) and not Path(CHROMIUM).is_file():
        pytest.fail(f"Debian's Chromium is missing ({CHROMIUM}): `apt-get install chromium` (never a browser download)", pytrace=False)


@pytest.fixture(scope="session")
def artifacts(course_root: Path) -> Path:
    """test-artifacts/site/: screenshots and the build time, kept after the run (git ignores it)."""
    folder = course_root / "test-artifacts" / "site"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def built_site(course_root: Path, tmp_path_factory, artifacts: Path, pytestconfig) -> Path:
    """`mkdocs build --strict` of the real course, notebooks included, into a temporary folder.

    Under pytest-xdist (`make test` runs with -n) the workers share one build: the first one
    builds while the others wait on a lock, then everyone reads the same folder.
    """
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return build_site(course_root, tmp_path_factory.mktemp("site"), artifacts, pytestconfig)
    shared = tmp_path_factory.getbasetemp().parent  # one folder per run, common to its workers
    site, done = shared / "site", shared / "site.built"
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.is_file():
            build_site(course_root, site, artifacts, pytestconfig)
            done.touch()
    return site


def build_site(course_root: Path, site: Path, artifacts: Path, pytestconfig) -> Path:
    """Run the strict build as a learner would (`make site`), timed; any warning fails the tests."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.monotonic()
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=course_root, env=env, capture_output=True, text=True, timeout=300,
    )
    seconds = time.monotonic() - started
    if build.returncode != 0:
        problems = [line for line in build.stderr.splitlines() if not line.startswith("INFO")]
        pytest.fail("`mkdocs build --strict` failed:\n" + "\n".join(problems[-30:]), pytrace=False)
    pytestconfig.stash[BUILD_TIME] = seconds
    (artifacts / "build-seconds.txt").write_text(f"{seconds:.1f}\n")
    return site


def pytest_terminal_summary(terminalreporter, config):
    if BUILD_TIME in config.stash:
        terminalreporter.write_line(f"site: strict build with notebooks took {config.stash[BUILD_TIME]:.1f} s")


class ParsedPage(HTMLParser):
    """What the static tests read from a built page: its references, its ids, its text, its tables."""

    REFERENCES = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.html = html
        self.references: list[tuple[str, str]] = []
        self.ids: set[str] = set()
        self.rows: list[list[str]] = []
        self.nav_links: list[tuple[str, str]] = []  # (href or "", text): the navigation's links and section labels
        self._nav_link: tuple[str, str, list[str]] | None = None  # (tag, href, text so far)
        self.lang = ""
        self._text: list[str] = []
        self._cell: list[str] | None = None
        self._hidden = 0  # inside <script> or <style>: not text a reader sees
        self.feed(html)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self._text).split())

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        for name in ("id", "name"):
            if attrs.get(name) and (name == "id" or tag == "a"):
                self.ids.add(attrs[name])
        metadata = tag == "link" and attrs.get("rel") in ("canonical", "alternate")  # names a URL, loads nothing
        if tag in self.REFERENCES and attrs.get(self.REFERENCES[tag]) is not None and not metadata:
            self.references.append((tag, attrs[self.REFERENCES[tag]]))
        if tag in ("script", "style"):
            self._hidden += 1
        if tag in ("a", "label") and "md-nav__link" in (attrs.get("class") or "").split():
            self._nav_link = (tag, attrs.get("href", ""), [])
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden -= 1
        if self._nav_link is not None and tag == self._nav_link[0]:
            self.nav_links.append((self._nav_link[1], " ".join(" ".join(self._nav_link[2]).split())))
            self._nav_link = None
        if tag in ("td", "th") and self._cell is not None and self.rows:
            self.rows[-1].append(" ".join(" ".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._hidden:
            return
        self._text.append(data)
        if self._nav_link is not None:
            self._nav_link[2].append(data)
        if self._cell is not None:
            self._cell.append(data)


@pytest.fixture(scope="session")
def read_page(built_site: Path):
    """read_page("es/exercises/") or read_page("404.html") -> ParsedPage of that built page."""

    def read(path: str) -> ParsedPage:
        target = built_site / path
        if path.endswith("/") or not path:
            target = target / "index.html"
        assert target.is_file(), f"the built site has no page {path} ({target.relative_to(built_site)})"
        return ParsedPage(target.read_text(encoding="utf-8"))

    return read


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A browser that closes a connection early (BrokenPipeError) is normal, not a test failure."""


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    """The built site served by a real HTTP server on a free 127.0.0.1 port (search needs HTTP)."""
    server = QuietServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).is_file():
        pytest.fail("Debian's chromium is missing: `apt-get install -y chromium` (never a browser download)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Visit:
    """One browser tab and what it saw: console errors, page errors, failed and outside requests."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert not self.outside_requests, f"the page tried to reach other hosts: {self.outside_requests}"
        assert not self.failed_requests, f"the page asked for files the site does not have: {self.failed_requests}"
        assert not self.console_errors, f"the browser console shows errors: {self.console_errors}"


def leaves_localhost(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in ("data", "blob", "about") and parts.hostname != "127.0.0.1"


@pytest.fixture
def visit(browser, site_url):
    """Open site paths in a fresh tab; every request not for 127.0.0.1 is recorded and refused."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def open_path(path: str) -> Visit:
        page = context.new_page()
        seen = Visit(page)

        page.route("**/*", lambda route: route.abort() if leaves_localhost(route.request.url) else route.continue_())
        page.on("request", lambda request: leaves_localhost(request.url) and seen.outside_requests.append(request.url))
        page.on("response", lambda response: response.status >= 400 and seen.failed_requests.append(
            f"{response.status} {response.url}"))
        page.on("console", lambda message: message.type == "error" and seen.console_errors.append(message.text))
        page.on("pageerror", lambda error: seen.console_errors.append(str(error)))
        page.goto(site_url + path.lstrip("/"), wait_until="load")
        return seen

    yield open_path
    context.close()
