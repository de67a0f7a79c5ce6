"""`puente watch`: check the exercise whose file you saved, in a warm process, cancelling a stale check.

The watching process imports the heavy libraries once (pandas, scikit-learn, pytest and the course's
plugin) and forks a child for each re-check, so a re-check costs a pytest session, not a Python
start-up. Each child runs in its own process group: a new save stops it (and any kernel or server
it started) with one signal and no noise; a stopped check records nothing.
"""

import contextlib
import gc
import importlib
import os
import select
import signal
import sys
import tempfile
import time
from pathlib import Path

from rich.markup import escape

from puente.data_check import check_data
from puente.errors import PuenteError
from puente.manifest import Exercise, Manifest
from puente.progress import load_progress

WARM = ("numpy", "pandas", "sklearn", "pytest", "puente.pytest_plugin", "puente.runner", "puente.live_status", "puente.learner_errors")


def warm_up(root: Path) -> None:
    """Import the heavy libraries and every pytest plugin once, here, so each forked re-check skips them."""
    for name in WARM:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    import pytest

    with tempfile.TemporaryDirectory(prefix="puente-warm-") as empty, open(os.devnull, "w") as quiet, \
            contextlib.chdir(root), contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
        pytest.main([empty, "--collect-only", "-q", f"--rootdir={root}", "-p", "no:warnings"])
    gc.collect()
    gc.freeze()  # what is loaded now stays: the children's garbage collections skip it


def exercise_of(manifest: Manifest, root: Path, changed: str) -> Exercise | None:
    """The exercise a changed file belongs to: exercises/<module>/<one of its files, or a file inside one>."""
    try:
        parts = Path(changed).resolve().relative_to((root / "exercises").resolve()).parts
    except ValueError:
        return None
    if len(parts) < 2:
        return None
    inside = "/".join(parts[1:])
    for exercise in manifest.exercises_of(parts[0]):
        if any(inside == name or inside.startswith(name.rstrip("/") + "/") for name in exercise.files):
            return exercise
    return None


def latest_exercise(manifest: Manifest, root: Path, changes: set) -> Exercise | None:
    """Of the saved files that belong to an exercise, the one saved last."""
    found = []
    for _change, changed in changes:
        exercise = exercise_of(manifest, root, changed)
        if exercise is not None:
            mtime = os.stat(changed).st_mtime if os.path.exists(changed) else 0.0
            found.append((mtime, exercise.id, exercise))
    return max(found, key=lambda item: item[:2])[2] if found else None


class Child:
    """One re-check in a forked copy of this warm process."""

    def __init__(self, session, exercise: Exercise) -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        self.done, done_writer = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: check once, then leave without running the parent's clean-ups
            code = 1
            try:
                os.setpgid(0, 0)
                signal.signal(signal.SIGINT, signal.default_int_handler)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                session.progress = load_progress(session.root)
                session.console.print(f"[bold]{session.t('checking', exercise=exercise.id)}[/] — {escape(exercise.title(session.t.lang))}")
                code = session.check_exercise(exercise)
                sys.stdout.flush()
                os.write(done_writer, b"1")  # reported: from here on, a new save is not a cancellation
            except PuenteError as error:
                session.console.print(f"[red]{escape(error.problem)}[/] {escape(error.fix)}")
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        os.close(done_writer)
        with contextlib.suppress(OSError):  # the child already did it (or already left)
            os.setpgid(self.pid, self.pid)

    def reported(self) -> bool:
        return bool(select.select([self.done], [], [], 0)[0])

    def running(self) -> bool:
        if self.pid is None:
            return False
        try:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            done = self.pid
        if done:
            self._reaped()
        return self.pid is not None

    def _reaped(self) -> None:
        self.pid = None
        if self.done is not None:
            os.close(self.done)
            self.done = None

    def stop(self) -> None:
        """SIGTERM to the child's whole group, SIGKILL if it lingers; wait so no zombie stays."""
        if not self.running():
            return
        for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 30.0)):
            try:
                os.killpg(self.pid, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + grace
            while time.monotonic() < deadline and self.running():
                time.sleep(0.05)
            if not self.running():
                break
        if self.pid is not None:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self._reaped()


def watch(session, exercise_id: str | None) -> None:
    from watchfiles import watch as watch_changes

    manifest, root, t = session.manifest, session.root, session.t
    first = manifest.get_exercise(exercise_id) if exercise_id else session.progress.next_unfinished(manifest)
    folder = root / "exercises"
    session.console.print(escape(t("watch_start", folder=folder.relative_to(root), exercise=first.id if first else "-")))
    check_data(root)
    warm_up(root)
    child = Child(session, first) if first else None
    try:
        for changes in watch_changes(folder, rust_timeout=1000, yield_on_timeout=True, raise_interrupt=False):
            if not changes:
                continue
            exercise = latest_exercise(manifest, root, changes)
            if exercise is None:
                continue
            if child is not None and child.running():
                cancelled = not child.reported()
                child.stop()
                if cancelled:
                    session.console.print(f"[yellow]{escape(t('watch_cancelled'))}[/]")
            child = Child(session, exercise)
    finally:
        if child is not None:
            child.stop()
