"""`puente verify`: the course checks itself (DESIGN §4).

Every graded test passes on solutions/ and fails on the untouched stub in exercises/; the manifest,
stubs, tests and lessons agree; every lesson exists in English and Spanish; every example file has
its test; every notebook runs top to bottom in a fresh kernel (or fails exactly as declared).
"""

import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from puente.data_check import check_data
from puente.manifest import Manifest, load_manifest
from puente.minutes_check import minutes_problems
from puente.notebooks import run_notebook
from puente.paths import TREES, find_course_root
from puente.results import TestResult, read_results

TODO_MARKER = "# TODO:"


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
    findings = static_findings(root, manifest, modules)
    if not static:
        findings += graded_test_findings(root, manifest, modules, console)
        findings += notebook_findings(root, manifest, modules)
    for finding in findings:
        if not finding.ok:
            console.print(f"[red]✗[/] {escape(finding.what)}")
    passed = sum(f.ok for f in findings)
    failed = len(findings) - passed
    console.print(f"[dim]modules: {', '.join(modules)}; {time.perf_counter() - started:.1f} s[/]")
    console.print(f"verify: {passed} passed, {failed} failed")
    return 1 if failed else 0


# -- static checks ---------------------------------------------------------------------------------


def static_findings(root: Path, manifest: Manifest, modules: list[str]) -> list[Finding]:
    findings = [Finding(True, "the manifest is valid")]
    for module_id in modules:
        findings += _module_layout(root, module_id)
        findings += _example_tests(root, module_id)
        findings += [Finding(ok, what) for ok, what in minutes_problems(root, manifest, module_id)]
        for exercise in manifest.exercises_of(module_id):
            stubs = [root / p for p in exercise.paths("exercises")]
            solutions = [root / p for p in exercise.paths("solutions")]
            for path in stubs + solutions:
                findings.append(Finding(path.exists(), f"{exercise.id}: {path.relative_to(root)} exists"))
            findings.append(Finding((root / exercise.test_file).is_file(), f"{exercise.id}: its test file {exercise.test_file} exists"))
            if all(p.exists() for p in stubs + solutions):
                findings.append(Finding(any(TODO_MARKER in _text(p) for p in stubs), f"{exercise.id}: the stub has a `{TODO_MARKER}` marker"))
                findings.append(Finding(any(_text(a) != _text(b) for a, b in zip(stubs, solutions, strict=True)), f"{exercise.id}: the stub differs from the solution"))
    findings += _language_parity(root, modules)
    findings += _lesson_sections(root, manifest, modules)
    return findings


def _lesson_sections(root: Path, manifest: Manifest, modules: list[str]) -> list[Finding]:
    """An exercise's `lesson_section` is a heading anchor in both languages (puente hint links to it)."""
    findings = []
    for exercise in (e for e in manifest.exercise if e.module in modules and e.lesson_section):
        english = root / manifest.get_module(exercise.module).lesson
        for page in (english, english.with_name("index.es.md")):
            anchors = _anchors(page) if page.is_file() else set()
            findings.append(Finding(exercise.lesson_section in anchors, f"{exercise.id}: #{exercise.lesson_section} is a section of {page.relative_to(root)}"))
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
    return [Finding((root / path).exists(), f"{module_id}: {path} exists") for path in wanted]


def _language_parity(root: Path, modules: list[str]) -> list[Finding]:
    """Every English page has its Spanish twin (x.md <-> x.es.md) and the other way round."""
    findings = []
    folders = [root / "modules" / m for m in modules]
    pages = [p for p in (root / "modules").glob("*.md")] + [p for folder in folders for p in folder.rglob("*.md")]
    for page in pages:
        if page.name.endswith(".es.md"):
            twin = page.with_name(page.name.removesuffix(".es.md") + ".md")
            findings.append(Finding(twin.is_file(), f"{twin.relative_to(root)} exists (English twin of {page.name})"))
        else:
            twin = page.with_name(page.name.removesuffix(".md") + ".es.md")
            findings.append(Finding(twin.is_file(), f"{twin.relative_to(root)} exists (Spanish twin of {page.name})"))
    return findings


def _example_tests(root: Path, module_id: str) -> list[Finding]:
    """One test file per example file: examples/seeds.py -> tests/examples/<module>/test_seeds.py."""
    folder = root / "modules" / module_id / "examples"
    if not folder.is_dir():
        return []
    findings = []
    for example in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.name != "__init__.py"):
        names = {example.stem, re.sub(r"\W", "_", example.name).lower()}
        candidates = [root / "tests" / "examples" / module_id / f"test_{name}.py" for name in names]
        findings.append(Finding(any(c.is_file() for c in candidates), f"{example.relative_to(root)} has its test {candidates[0].relative_to(root)}"))
    return findings


def _text(path: Path) -> str:
    if path.is_dir():
        return "\n".join(_text(p) for p in sorted(path.rglob("*")) if p.is_file() and "__pycache__" not in p.parts)
    return path.read_text(encoding="utf-8", errors="replace")


# -- graded tests, both ways -----------------------------------------------------------------------


def graded_test_findings(root: Path, manifest: Manifest, modules: list[str], console: Console) -> list[Finding]:
    test_dirs = [f"tests/{m}" for m in modules if (root / "tests" / m).is_dir()]
    if not test_dirs:
        return []
    runs = {target: run_graded_tests(root, test_dirs, target) for target in TREES}
    on_solutions = _by_id(runs["solutions"].wait_results())
    on_stubs = _by_id(runs["exercises"].wait_results())
    findings = []
    for exercise in (e for e in manifest.exercise if e.module in modules):
        own = {nodeid: r for nodeid, r in on_solutions.items() if r.exercise == exercise.id}
        findings.append(Finding(bool(own), f"{exercise.id}: has graded tests that run ({exercise.test_file})"))
        for nodeid, result in own.items():
            findings.append(Finding(result.passed, f"{nodeid} passes on solutions ({result.outcome}: {result.message[:300]})"))
            stub = on_stubs.get(nodeid)
            if stub is None:
                findings.append(Finding(False, f"{nodeid} could not even run on the stub: the stub must import cleanly"))
            else:
                findings.append(Finding(stub.outcome in ("failed", "error"), f"{nodeid} fails on the untouched stub (it {stub.outcome})"))
    for target, run in runs.items():
        if run.crashed:
            findings.append(Finding(False, f"pytest --target {target} crashed:\n{run.output[-3000:]}"))
    seconds = {m: sum(r.duration for results in (on_solutions, on_stubs) for r in results.values() if r.nodeid.startswith(f"tests/{m}/")) for m in modules}
    console.print("[dim]graded test time (solutions + stubs): " + ", ".join(f"{m} {s:.1f} s" for m, s in seconds.items()) + "[/]")
    return findings


@dataclass
class GradedRun:
    process: subprocess.Popen
    report: Path
    output: str = ""
    crashed: bool = False

    def wait_results(self) -> list[TestResult]:
        self.output = self.process.communicate()[0]
        if not self.report.is_file():
            self.crashed = True
            return []
        return read_results(self.report)


def run_graded_tests(root: Path, test_dirs: list[str], target: str) -> GradedRun:
    """Start `pytest --target` in its own process (module caches must not leak between targets)."""
    report = Path(tempfile.mkdtemp(prefix="puente-verify-")) / f"{target}.json"
    command = [sys.executable, "-m", "pytest", *test_dirs, f"--target={target}", f"--puente-report={report}", "-q", "--tb=short", "-p", "no:randomly"]
    env = {**os.environ, "PUENTE_ROOT": str(root)}
    process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
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
            findings.append(Finding(error_name is None, f"{where} runs top to bottom in a fresh kernel (raised {error_name})"))
        else:
            findings.append(Finding(error_name == expected_error, f"{where} fails as declared with {expected_error} (got {error_name})"))
    return findings
