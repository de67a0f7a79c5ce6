"""What a learner does all day: check, hint, progress, reset, catch up, watch."""

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from puente.data_check import check_data
from puente.errors import INTERRUPTED, PuenteError
from puente.i18n import Translator, format_message, tr
from puente.learner_errors import LearnerError, import_error, syntax_error
from puente.manifest import Exercise, Manifest, load_manifest
from puente.paths import find_course_root, state_dir
from puente.progress import Progress, files_digest, load_progress, save_progress
from puente.results import TestResult

if TYPE_CHECKING:
    from puente.runner import CheckRun

SITE = "http://127.0.0.1:8001"  # `make serve-site`


@dataclass
class Session:
    root: Path
    manifest: Manifest
    progress: Progress
    console: Console
    t: Translator

    @classmethod
    def open(cls, console: Console, t: Translator) -> "Session":
        os.environ["PUENTE_LANG"] = t.lang  # graded tests run in this process: say() speaks the learner's language
        root = find_course_root()
        return cls(root, load_manifest(root), load_progress(root), console, t)

    # -- check -------------------------------------------------------------------------------

    def check(self, exercise_id: str | None) -> int:
        """Check one exercise (default: the next unfinished), or a whole module named instead; exit code 0 only when all pass."""
        module = self.manifest.module_named(exercise_id) if exercise_id and exercise_id not in self.manifest.exercises_by_id else None
        if module is not None:
            return self.check_all(self.manifest.exercises_of(module.id))
        exercise = self.manifest.get_exercise(exercise_id) if exercise_id else self.progress.next_unfinished(self.manifest)
        if exercise is None:
            self.console.print(f"[green]{self.t('all_done')}[/]")
            return 0
        check_data(self.root)
        self.console.print(f"[bold]{self.t('checking', exercise=exercise.id)}[/] — {exercise.title(self.t.lang)}")
        return self.check_exercise(exercise)

    def check_exercise(self, exercise: Exercise) -> int:
        """The learner's own error first, then the tests; nothing is recorded unless the run finished."""
        problem = syntax_error(self.root, exercise)
        if problem:
            return self._learner_error(exercise, problem)
        if not (self.root / exercise.test_file).is_file():
            self.console.print(f"[red]{escape(self.t('no_tests', exercise=exercise.id, test_file=exercise.test_file))}[/]")
            return 1
        run = self._run([exercise.test_file])
        if run.interrupted:
            return self._interrupted()
        if exercise.test_file in run.collection_errors:
            return self._collection_failed(exercise, run)
        if not run.finished or not [r for r in run.results if r.exercise == exercise.id]:
            self.console.print(f"[red]{escape(self.t('check_unfinished', code=run.exit_code))}[/]")
            self.console.print(escape(_collection_error(run.output)))
            return 1
        return self._report(exercise, [r for r in run.results if r.exercise == exercise.id])

    def check_all(self, exercises: list[Exercise] | None = None) -> int:
        """Every exercise (or those given) in one run, a line each."""
        exercises = self.manifest.exercise if exercises is None else exercises
        check_data(self.root)
        run = self._run(list(dict.fromkeys(e.test_file for e in exercises if (self.root / e.test_file).is_file())))
        if run.interrupted:
            return self._interrupted()
        if not run.finished:
            self.console.print(f"[red]{escape(self.t('check_unfinished', code=run.exit_code))}[/]")
            return 1
        failing = 0
        for exercise in exercises:
            own = [r for r in run.results if r.exercise == exercise.id]
            self.console.print(f"[bold]{exercise.id}[/]", end=" ")
            if exercise.test_file in run.collection_errors:
                failing += self._collection_failed(exercise, run)
            elif not own:
                failing += 1
                self.console.print(f"[red]{escape(self.t('no_tests', exercise=exercise.id, test_file=exercise.test_file))}[/]")
            else:
                failing += self._report(exercise, own, verbose=False)
        return 1 if failing else 0

    def _run(self, test_files: list[str]) -> "CheckRun":
        from puente.live_status import LiveStatus
        from puente.runner import run_check

        live = LiveStatus(self.t)
        try:
            return run_check(self.root, test_files, plugins=[live])
        finally:
            live.close()

    def _interrupted(self) -> int:
        self.console.print(f"[yellow]{escape(self.t('interrupted'))}[/]")
        return INTERRUPTED

    def _learner_error(self, exercise: Exercise, problem: LearnerError) -> int:
        t = self.t
        where = problem.path if problem.line is None else f"{problem.path}, {t('learner_error_line', line=problem.line)}"
        self.console.print(f"[red]{escape(t('learner_error', where=where, error=problem.error))}[/]", soft_wrap=True)
        if problem.code:
            self.console.print(f"    {escape(problem.code)}", soft_wrap=True)
        self.console.print(escape(t("learner_error_next", exercise=exercise.id)), soft_wrap=True)
        return 1

    def _collection_failed(self, exercise: Exercise, run: "CheckRun") -> int:
        problem = syntax_error(self.root, exercise) or import_error(self.root, exercise)
        if problem:
            return self._learner_error(exercise, problem)
        self.console.print(f"[red]{escape(self.t('collection_failed', exercise=exercise.id))}[/]")
        self.console.print(escape(_collection_error(run.collection_errors[exercise.test_file])), soft_wrap=True)
        return 1

    def _report(self, exercise: Exercise, results: list[TestResult], verbose: bool = True) -> int:
        t = self.t
        record = self.progress.record(exercise, results, self.root)
        save_progress(self.root, self.progress)
        if verbose:
            for result in results:
                mark = "[green]✓[/]" if result.passed else "[red]✗[/]"
                self.console.print(f"  {mark} {escape(result.name)}")
                if not result.passed and result.message:
                    for line in result.message.splitlines():
                        self.console.print(f"      [dim]{escape(line)}[/]", soft_wrap=True)
        points = record.points
        if record.done:
            self.console.print(f"[green]{t('passed_all', total=record.tests_total, points=points)}[/]")
            following = self.progress.next_unfinished(self.manifest)
            if verbose and following:
                self.console.print(escape(t("next_exercise", exercise=following.id, title=following.title(t.lang))))
            return 0
        self.console.print(
            f"[yellow]{t('passed_some', passed=record.tests_passed, total=record.tests_total, points=points, max_points=exercise.points)}[/]"
        )
        if verbose:
            self.console.print(escape(t("next_steps_fail", exercise=exercise.id, lesson=self.lesson_link(exercise))), soft_wrap=True)
        return 1

    def lesson_link(self, exercise: Exercise) -> str:
        """The lesson section on the local site (`make serve-site`), then the Markdown file that holds it."""
        lesson = self.manifest.get_module(exercise.module).lesson
        prefix = "/es" if self.t.lang == "es" else ""
        if self.t.lang == "es":
            lesson = lesson.replace("index.md", "index.es.md")
        anchor = f"#{exercise.lesson_section}" if exercise.lesson_section else ""
        return f"{SITE}{prefix}/{exercise.module}/{anchor} ({lesson}{anchor})"

    # -- hints, list, progress ---------------------------------------------------------------------

    def hint(self, exercise_id: str) -> None:
        exercise = self.manifest.get_exercise(exercise_id)
        shown = min(self.progress.hints_shown.get(exercise.id, 0) + 1, len(exercise.hints))
        self.progress.hints_shown[exercise.id] = shown
        save_progress(self.root, self.progress)
        t = self.t
        self.console.print(f"[bold]{t('hint_header', number=shown, total=len(exercise.hints), exercise=exercise.id)}[/]")
        self.console.print(f"  {escape(exercise.hints[shown - 1](t.lang))}", soft_wrap=True)
        closing = t("hint_last", lesson=self.lesson_link(exercise)) if shown == len(exercise.hints) else t("hint_more")
        self.console.print(f"[dim]{escape(closing)}[/]", soft_wrap=True)

    def status_of(self, exercise: Exercise) -> str:
        record = self.progress.records.get(exercise.id)
        if record is None:
            return f"[dim]{self.t('status_not_started')}[/]"
        if record.files_digest != files_digest(self.root, exercise):
            return f"[yellow]{self.t('status_changed')}[/]"
        return f"[green]{self.t('status_done')}[/]" if record.done else f"[red]{self.t('status_failing')}[/]"

    def list_exercises(self) -> None:
        t = self.t
        table = Table(box=None, show_edge=False)
        for column in ("col_module", "col_exercise", "col_points", "col_minutes", "col_status"):
            table.add_column(t(column))
        for module in self.manifest.module:
            points = sum(e.points for e in self.manifest.exercises_of(module.id))
            table.add_row(f"[bold]{module.id}[/]", escape(module.title(t.lang)), str(points) if points else "", str(module.minutes), "")
            for exercise in self.manifest.exercises_of(module.id):
                table.add_row(
                    "", f"{exercise.id} — {escape(exercise.title(t.lang))}", str(exercise.points), str(exercise.minutes), self.status_of(exercise)
                )
        self.console.print(table)

    def show_progress(self) -> None:
        t = self.t
        table = Table(show_footer=True)
        table.add_column(t("col_module"), footer=t("total"))
        done_total, points_total, max_total = 0, 0.0, 0
        rows = []
        for module in self.manifest.module:
            exercises = self.manifest.exercises_of(module.id)
            done = sum(self.progress.is_done(e.id) for e in exercises)
            points = sum(r.points for e in exercises if (r := self.progress.records.get(e.id)))
            maximum = sum(e.points for e in exercises)
            done_total, points_total, max_total = done_total + done, points_total + points, max_total + maximum
            rows.append((f"{module.id} — {module.title(t.lang)}", f"{done}/{len(exercises)}", format_message("{0:g}/{1}", t.lang, points, maximum)))
        table.add_column(t("col_done"), footer=f"{done_total}/{len(self.manifest.exercise)}", justify="right")
        table.add_column(t("col_points"), footer=format_message("{0:g}/{1}", t.lang, points_total, max_total), justify="right")
        for row in rows:
            table.add_row(*(escape(cell) for cell in row))
        self.console.print(table)

    # -- reset, catch up, watch ---------------------------------------------------------------------

    def reset(self, exercise_id: str) -> None:
        """Put back the stub the course shipped (found by its recorded hash), whatever the learner committed since."""
        from puente.stubs import recorded, shipped_stub

        exercise = self.manifest.get_exercise(exercise_id)
        names = [n for n in recorded(self.root, exercise.module) if any(n == f or n.startswith(f + "/") for f in exercise.files)]
        if not names:
            raise PuenteError(tr("error.no_stub_record", module=exercise.module, name=exercise.id),
                              f"git log -- exercises/{exercise.module}")
        for name in names:
            relative = f"exercises/{exercise.module}/{name}"
            stub, commit = shipped_stub(self.root, exercise.module, name)
            path = self.root / relative
            if path.is_file() and path.read_bytes() == stub:
                self.console.print(escape(self.t("reset_same", path=relative)))
                continue
            backup = self.backup(relative)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(stub)
            self.console.print(escape(self.t("reset_done", path=relative, backup=backup)), soft_wrap=True)
            self.console.print(f"[dim]  {escape(self.t('reset_source', commit=commit[:10]))}[/]", soft_wrap=True)
        self.progress.records.pop(exercise.id, None)
        save_progress(self.root, self.progress)

    def catchup(self, module_id: str | None, release: Path | None) -> None:
        if release is not None:
            from puente.editions import apply_release

            apply_release(self, release)
            return
        if module_id is None:
            raise PuenteError(tr("error.catchup_module"), tr("error.catchup_module_fix"))
        module = self.manifest.get_module(module_id)
        earlier = [m.id for m in self.manifest.module[: self.manifest.module.index(module)]]
        if not earlier:
            self.console.print(escape(self.t("catchup_nothing", module=module.id)))
            return
        if not (self.root / "solutions").is_dir():
            raise PuenteError(tr("error.no_solutions"), tr("error.no_solutions_fix"))
        count = 0
        for exercise in (e for e in self.manifest.exercise if e.module in earlier):
            for source, relative in zip(exercise.paths("solutions"), exercise.paths("exercises"), strict=True):
                count += self.overwrite(relative, (self.root / source).read_bytes())
        self.console.print(f"[green]{escape(self.t('catchup_summary', count=count, module=module.id))}[/]")

    def overwrite(self, relative: str, content: bytes) -> int:
        """Write `content` to a learner's file, saving what was there first; 1 when something changed."""
        path = self.root / relative
        if path.is_file() and path.read_bytes() == content:
            return 0
        message = self.t("catchup_wrote", path=relative)
        if path.is_file():
            message += "; " + self.t("catchup_saved", backup=self.backup(relative))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        self.console.print(escape(message))
        return 1

    def backup(self, relative: str) -> str:
        """Copy a learner's file to .puente/backups/<time>/ before anything overwrites it; nothing is lost."""
        source = self.root / relative
        if not source.is_file():
            return "-"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = state_dir(self.root) / "backups" / stamp / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
        return str(destination.relative_to(self.root))

    def watch(self, exercise_id: str | None) -> None:
        from puente.watch import watch

        watch(self, exercise_id)

    def welcome(self) -> None:
        t = self.t
        self.console.print(f"[bold green]{t('welcome_ready')}[/]")
        exercise = self.progress.next_unfinished(self.manifest)
        if exercise is None:
            self.console.print(t("all_done"))
        else:
            self.console.print(escape(t("welcome_next", exercise=exercise.id, title=exercise.title(t.lang))))
            self.console.print(escape(t("welcome_edit", files=", ".join(exercise.paths("exercises")))))
            self.console.print(escape(t("welcome_lesson", lesson=self.lesson_link(exercise))))
        self.console.print(escape(t("welcome_lab")))
        self.console.print(escape(t("welcome_site")))
        self.console.print(escape(t("welcome_language")))
        self.console.print(f"[dim]{escape(t('welcome_activate'))}[/]")


def _collection_error(output: str) -> str:
    """pytest's explanation of why the tests could not even start (a syntax error, a failed import)."""
    lines = [line[2:] if line.startswith("E ") else line for line in output.splitlines() if line.startswith(("E ", "ERROR"))]
    return "\n".join(lines[:20]) or output.strip()[-2000:]
