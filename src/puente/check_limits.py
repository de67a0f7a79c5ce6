"""Limits and explanations for graded tests: a per-test time limit that names an endless loop, and
labelled expected/actual values when a string or a collection differs.

Registered by the pytest plugin. The time limit comes from course.toml (`[course] time_limit`,
overridden by an exercise's `time_limit`); it replaces pytest-timeout's handler for graded tests
only, so the learner reads one sentence in their language instead of a stack dump.
"""

import signal
import threading

import pytest

from puente.i18n import Translator, detect_language
from puente.manifest import Manifest

COMPARED = (str, bytes, list, tuple, dict, set, frozenset)


class CheckLimits:
    def __init__(self, manifest: Manifest) -> None:
        self.manifest = manifest

    def limit_for(self, item: pytest.Item) -> float | None:
        exercise_id = dict(item.user_properties).get("exercise")
        if not exercise_id:
            return None
        exercise = self.manifest.exercises_by_id[exercise_id]
        return float(exercise.time_limit or self.manifest.course.time_limit)

    @pytest.hookimpl(tryfirst=True, optionalhook=True)
    def pytest_timeout_set_timer(self, item: pytest.Item, settings) -> bool | None:
        """A graded test gets the course's limit and a sentence naming the likely cause."""
        limit = self.limit_for(item)
        if limit is None or threading.current_thread() is not threading.main_thread():
            return None
        message = Translator(detect_language())("time_limit", seconds=f"{limit:g}", test=item.name)

        def handler(signum, frame):
            __tracebackhide__ = True
            pytest.fail(message, pytrace=False)

        def cancel() -> None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, signal.SIG_DFL)

        item.cancel_timeout = cancel
        signal.signal(signal.SIGALRM, handler)
        signal.setitimer(signal.ITIMER_REAL, limit)
        return True

    def pytest_assertrepr_compare(self, config: pytest.Config, op: str, left: object, right: object) -> list[str] | None:
        """`assert actual == expected` on strings or collections: both values, labelled, one per line."""
        if op != "==" or not isinstance(left, COMPARED) or not isinstance(right, COMPARED):
            return None
        # pytest's own diff helper is private and changes between versions: the labelled values say enough
        t = Translator(detect_language())
        return [f"{_short(left)} == {_short(right)}", f"{t('compare_actual')}: {left!r}", f"{t('compare_expected')}: {right!r}"]


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
