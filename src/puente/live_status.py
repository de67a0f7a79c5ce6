"""A check that shows life: one line saying which test runs and for how long.

On a terminal it is a rich status line that updates its seconds; otherwise one plain line per test.
It writes to a duplicate of the terminal's file descriptor, because pytest captures fd 1 while a
test runs.
"""

import os
import sys
import time

import pytest
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from puente.i18n import Translator


class _Elapsed:
    """Re-rendered by rich a few times a second, so the seconds move on their own."""

    def __init__(self, t: Translator) -> None:
        self.t = t
        self.test = ""
        self.started = time.monotonic()

    def __rich__(self) -> Text:
        seconds = f"{time.monotonic() - self.started:.0f}"
        return Text(self.t("running_elapsed", test=self.test, seconds=seconds), style="dim")


class LiveStatus:
    def __init__(self, t: Translator, stream=None) -> None:
        self.t = t
        stream = stream or sys.stdout
        stream.flush()
        try:
            self.file = os.fdopen(os.dup(stream.fileno()), "w", encoding="utf-8", errors="replace", buffering=1)
        except (AttributeError, OSError, ValueError):
            self.file = stream
        self.console = Console(file=self.file, highlight=False)
        self.elapsed = _Elapsed(t)
        self.status = None

    def pytest_runtest_logstart(self, nodeid: str) -> None:
        self.elapsed.test = nodeid.rsplit("::", 1)[-1]
        self.elapsed.started = time.monotonic()
        if not self.console.is_terminal:
            self.console.print(f"  … {escape(self.t('running_test', test=self.elapsed.test))}", soft_wrap=True)
        elif self.status is None:
            self.status = self.console.status(self.elapsed, spinner="dots")
            self.status.start()

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self) -> None:
        self.close()

    def close(self) -> None:
        if self.status is not None:
            self.status.stop()
            self.status = None
        if self.file is not sys.stdout:
            self.file.flush()
