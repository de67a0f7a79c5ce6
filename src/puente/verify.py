"""`puente verify`: the course checks itself (DESIGN §4).

Every graded test passes on solutions/ and fails on the untouched stub in exercises/; the manifest,
stubs, tests and lessons agree; every lesson exists in English and Spanish; every example file has
its test; every notebook runs top to bottom in a fresh kernel (or fails exactly as declared).
"""

import contextlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from puente.capstone.mediocre import mediocre_findings
from puente.committed import committed_tree
from puente.data_check import check_data
from puente.i18n import detect_language, format_message, in_language, tr
from puente.language_checks import language_findings
from puente.manifest import Manifest, load_manifest
from puente.minutes_check import minutes_problems
from puente.notebooks import run_notebook
from puente.paths import TREES, find_course_root
from puente.results import TestResult, read_results
from puente.stubs import FILE_NAME as STUB_RECORD
from puente.stubs import render as render_stub_record

TODO_MARKER = "# TODO:"
# the graded tests of every module, one target, on a busy machine: generous, but a hang still ends
RUN_LIMIT_SECONDS = 3600


@dataclass
class Finding:
    ok: bool
    what: str


def run_verify(console: Console, root: Path | None, module_ids: list[str], static: bool = False) -> int:
    started = time.perf_counter()
    root = find_course_root(root)
    manifest = load_manifest(root)
    modules = [manifest.get_module(m).id for m in module_ids] or [m.id for m in manifest.module]
    check_data(root)
    with committed_tree(root) as stubsdir:  # the untouched stubs: a learner's work in progress never turns this red
        findings = static_findings(root, manifest, modules, stubsdir)
        if not static:
            findings += graded_test_findings(root, manifest, modules, console, stubsdir)
            findings += notebook_findings(root, manifest, modules)
            findings += [Finding(ok, what) for ok, what in mediocre_findings(root, modules)]  # the capstone rubric discriminates
    lang = detect_language()
    for finding in findings:
        if not finding.ok:
            console.print(f"[red]✗[/] {escape(in_language(finding.what, lang))}")
    passed = sum(f.ok for f in findings)
    failed = len(findings) - passed
    console.print(f"[dim]{escape(tr('verify.modules', modules=', '.join(modules), seconds=time.perf_counter() - started).text(lang))}[/]")
    console.print(tr("verify.summary", passed=passed, failed=failed).text(lang))
    return 1 if failed else 0


# -- static checks ---------------------------------------------------------------------------------


def static_findings(root: Path, manifest: Manifest, modules: list[str], stubsdir: Path | None = None) -> list[Finding]:
    findings = [Finding(True, tr("verify.manifest_ok"))]
    stubsdir = stubsdir or root / "exercises"
    for module_id in modules:
        findings += _module_layout(root, module_id)
        findings += _example_tests(root, module_id)
        if manifest.exercises_of(module_id):
            record = stubsdir / module_id / STUB_RECORD
            up_to_date = record.is_file() and record.read_text(encoding="utf-8") == render_stub_record(stubsdir, manifest, module_id)
            findings.append(Finding(up_to_date, tr("verify.stub_record", record=f"exercises/{module_id}/{STUB_RECORD}")))
        findings += [Finding(ok, what) for ok, what in minutes_problems(root, manifest, module_id)]
        for exercise in manifest.exercises_of(module_id):
            stubs = [stubsdir.parent / p for p in exercise.paths("exercises")]
            solutions = [root / p for p in exercise.paths("solutions")]
            for path, relative in zip(stubs + solutions, exercise.paths("exercises") + exercise.paths("solutions"), strict=True):
                findings.append(Finding(path.exists(), tr("verify.exists", what=f"{exercise.id}: {relative}")))
            findings.append(Finding((root / exercise.test_file).is_file(), tr("verify.test_file", exercise=exercise.id, path=exercise.test_file)))
            if all(p.exists() for p in stubs + solutions):
                findings.append(Finding(any(TODO_MARKER in _text(p) for p in stubs), tr("verify.todo_marker", exercise=exercise.id, marker=TODO_MARKER)))
                findings.append(Finding(any(_text(a) != _text(b) for a, b in zip(stubs, solutions, strict=True)), tr("verify.stub_differs", exercise=exercise.id)))
    findings += _language_parity(root, modules)
    findings += _lesson_sections(root, manifest, modules)
    findings += _teaching_kit(root, manifest, modules)
    findings += [Finding(f.ok, f.what) for f in language_findings(root, modules, stubsdir.parent)]  # one vocabulary, both languages
    return findings


def _teaching_kit(root: Path, manifest: Manifest, modules: list[str]) -> list[Finding]:
    from puente.teaching.checks import teaching_findings

    return [Finding(ok, what) for ok, what in teaching_findings(root, manifest, modules)]


def _lesson_sections(root: Path, manifest: Manifest, modules: list[str]) -> list[Finding]:
    """An exercise's `lesson_section` is a heading anchor in both languages (puente hint links to it)."""
    findings = []
    for exercise in (e for e in manifest.exercise if e.module in modules and e.lesson_section):
        english = root / manifest.get_module(exercise.module).lesson
        for page in (english, english.with_name("index.es.md")):
            anchors = _anchors(page) if page.is_file() else set()
            findings.append(Finding(exercise.lesson_section in anchors, tr("verify.lesson_section", exercise=exercise.id, section=exercise.lesson_section, page=page.relative_to(root).as_posix())))
    return findings


def _anchors(page: Path) -> set[str]:
    """Heading ids as mkdocs makes them: an explicit {#id}, else the slug of the heading text."""
    from markdown.extensions.toc import slugify

    anchors = set()
    for line in page.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^#{1,6}\s+(.*?)\s*(?:\{#([\w-]+)\})?\s*$", line)
        if heading:
            anchors.add(heading[2] or slugify(heading[1], "-"))
    return anchors


def _module_layout(root: Path, module_id: str) -> list[Finding]:
    wanted = [f"modules/{module_id}/index.md", *(f"{tree}/{module_id}/__init__.py" for tree in TREES), f"tests/{module_id}"]
    return [Finding((root / path).exists(), tr("verify.exists", what=f"{module_id}: {path}")) for path in wanted]


def _language_parity(root: Path, modules: list[str]) -> list[Finding]:
    """Every English page has its Spanish twin (x.md <-> x.es.md) and the other way round."""
    findings = []
    folders = [root / "modules" / m for m in modules]
    pages = [p for p in (root / "modules").glob("*.md")] + [p for folder in folders for p in folder.rglob("*.md")]
    for page in pages:
        if page.name.endswith(".es.md"):
            twin = page.with_name(page.name.removesuffix(".es.md") + ".md")
            findings.append(Finding(twin.is_file(), tr("verify.english_twin", twin=twin.relative_to(root).as_posix(), page=page.name)))
        else:
            twin = page.with_name(page.name.removesuffix(".md") + ".es.md")
            findings.append(Finding(twin.is_file(), tr("verify.spanish_twin", twin=twin.relative_to(root).as_posix(), page=page.name)))
    return findings


def _example_tests(root: Path, module_id: str) -> list[Finding]:
    """One test file per example file: examples/seeds.py -> tests/examples/<module>/test_seeds.py
    (out.es.txt may share out.txt's test, test_out_txt.py)."""
    folder = root / "modules" / module_id / "examples"
    if not folder.is_dir():
        return []
    findings = []
    for example in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.name != "__init__.py"):
        english = example.name.replace(".es.", ".")  # a Spanish transcript shares its English twin's test
        names = {example.stem, re.sub(r"\W", "_", example.name).lower(), re.sub(r"\W", "_", english).lower()}
        candidates = [root / "tests" / "examples" / module_id / f"test_{name}.py" for name in names]
        findings.append(Finding(any(c.is_file() for c in candidates), tr("verify.example_test", example=example.relative_to(root).as_posix(), test=candidates[0].relative_to(root).as_posix())))
    return findings


def _text(path: Path) -> str:
    if path.is_dir():
        return "\n".join(_text(p) for p in sorted(path.rglob("*")) if p.is_file() and "__pycache__" not in p.parts)
    return path.read_text(encoding="utf-8", errors="replace")


# -- graded tests, both ways -----------------------------------------------------------------------


def graded_test_findings(root: Path, manifest: Manifest, modules: list[str], console: Console, stubsdir: Path | None = None) -> list[Finding]:
    test_dirs = [f"tests/{m}" for m in modules if (root / "tests" / m).is_dir()]
    if not test_dirs:
        return []
    # the reports and the runs' own temporary folders live here, removed afterwards (also on Ctrl+C)
    with tempfile.TemporaryDirectory(prefix="puente-verify-", ignore_cleanup_errors=True) as scratch:
        runs: dict[str, GradedRun] = {}
        try:
            for target in TREES:
                # the stubs come from the committed tree: a learner's work in progress never turns verify red
                tree = str(stubsdir) if stubsdir and target == "exercises" else target
                runs[target] = run_graded_tests(root, test_dirs, tree, Path(scratch))
            on_solutions = _by_id(runs["solutions"].wait_results())
            on_stubs = _by_id(runs["exercises"].wait_results())
        finally:
            for run in runs.values():
                run.stop()
    findings = []
    for exercise in (e for e in manifest.exercise if e.module in modules):
        own = {nodeid: r for nodeid, r in on_solutions.items() if r.exercise == exercise.id}
        findings.append(Finding(bool(own), tr("verify.graded_tests_run", exercise=exercise.id, path=exercise.test_file)))
        for nodeid, result in own.items():
            findings.append(Finding(result.passed, tr("verify.passes_on_solutions", nodeid=nodeid, outcome=result.outcome, message=result.message[:300])))
            stub = on_stubs.get(nodeid)
            if stub is None:
                findings.append(Finding(False, tr("verify.stub_did_not_run", nodeid=nodeid)))
            else:
                findings.append(Finding(stub.outcome in ("failed", "error"), tr("verify.fails_on_stub", nodeid=nodeid, outcome=stub.outcome)))
    for target, run in runs.items():
        if run.crashed:
            findings.append(Finding(False, tr("verify.crashed", target=target, output=run.output[-3000:])))
    seconds = {m: sum(r.duration for results in (on_solutions, on_stubs) for r in results.values() if r.nodeid.startswith(f"tests/{m}/")) for m in modules}
    times = ", ".join(format_message("{0} {1:.1f} s", detect_language(), m, s) for m, s in seconds.items())
    console.print(f"[dim]{escape(tr('verify.graded_time', times=times).text(detect_language()))}[/]")
    return findings


@dataclass
class GradedRun:
    process: subprocess.Popen
    report: Path
    output: str = ""
    crashed: bool = False

    def wait_results(self) -> list[TestResult]:
        try:
            self.output = self.process.communicate(timeout=RUN_LIMIT_SECONDS)[0]
        except subprocess.TimeoutExpired:
            self.stop()
            self.output = f"did not finish within {RUN_LIMIT_SECONDS} s (a test stuck outside pytest-timeout's reach, e.g. at import)"
        if not self.report.is_file():
            self.crashed = True
            return []
        return read_results(self.report)

    def stop(self) -> None:
        """Kill a run still going (Ctrl+C, an error, the limit), with what it started, before its folder is removed."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                if hasattr(os, "killpg"):
                    os.killpg(self.process.pid, signal.SIGKILL)
                else:
                    self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.communicate(timeout=30)


def run_graded_tests(root: Path, test_dirs: list[str], target: str, scratch: Path) -> GradedRun:
    """Start `pytest --target` in its own process (module caches must not leak between targets).

    Its report and everything its tests put in the temporary folder (tmp_path, DVC's site cache...) go
    under `scratch`, which the caller removes. `target` is a tree name or a folder (the committed stubs).
    """
    name = Path(target).name
    report, own_tmp = scratch / f"{name}.json", scratch / f"{name}-tmp"
    own_tmp.mkdir()
    command = [sys.executable, "-m", "pytest", *test_dirs, f"--target={target}", f"--puente-report={report}", "-q", "--tb=short", "-p", "no:randomly"]
    env = {**os.environ, "PUENTE_ROOT": str(root), "TMPDIR": str(own_tmp)}
    # its own process group, so that stop() ends the kernels and tools it starts too
    process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=hasattr(os, "killpg"))
    return GradedRun(process, report)


def _by_id(results: list[TestResult]) -> dict[str, TestResult]:
    return {r.nodeid: r for r in results}


# -- notebooks ---------------------------------------------------------------------------------------


def notebook_findings(root: Path, manifest: Manifest, modules: list[str]) -> list[Finding]:
    jobs = []
    for module_id in modules:
        expected = manifest.get_module(module_id).failing_notebooks
        folder = root / "modules" / module_id
        for notebook in sorted(folder.rglob("*.ipynb")):
            if ".ipynb_checkpoints" not in notebook.parts:
                jobs.append((notebook, expected.get(notebook.name)))
        for name in expected:
            if not (folder / name).is_file():
                jobs.append((folder / name, "missing"))
    if not jobs:
        return []
    with ProcessPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1)) as pool:
        outcomes = list(pool.map(run_notebook, [n for n, _ in jobs]))
    findings = []
    for (notebook, expected_error), error_name in zip(jobs, outcomes, strict=True):
        where = notebook.relative_to(root)
        if expected_error is None:
            findings.append(Finding(error_name is None, tr("verify.notebook_runs", where=where.as_posix(), error=str(error_name))))
        else:
            findings.append(Finding(error_name == expected_error, tr("verify.notebook_fails_as_declared", where=where.as_posix(), expected=expected_error, error=str(error_name))))
    return findings
