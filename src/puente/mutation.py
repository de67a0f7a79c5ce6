"""Grade a learner's tests by mutation: they must pass on the correct code and fail on each bug.

A *mutant pack* is a folder holding the correct module and a `mutants/` folder of bugs:

    packs/credit_features/
        credit_features.py                 the correct implementation (its file name is the module name)
        mutants/off_by_one_age_band.toml   one bug: `description` (and `description_es`, shown in
                                           Spanish), and the `replace` text of the correct
                                           module that becomes `with` in the mutant
        mutants/other_bug.py               or a full buggy copy, with the bug in its docstring
        equivalents/renamed_locals.toml    at least two: the correct code refactored (same format),
                                           which good tests must NOT catch

Each variant (the correct one, the equivalents, then every mutant) runs the learner's test file
in its own subprocess: `python -m pytest -p no:cacheprovider` in a fresh temporary folder,
`PYTHONPATH` pointing at a folder that holds only that variant, plugin autoloading off, a timeout
per variant, and its own private, empty temporary and home folders (with bubblewrap, where it
runs, nothing else is writable), so one variant cannot leave a note for the next. A test file
that does not pass on the correct code and on every equivalent earns nothing, so no mutant runs:
tests that fingerprint the code (its source, its file, a hash) fail on an equivalent.
Graded tests use `run_mutation_pack` (or the `mutation_runner` fixture) and `mutant_names`;
instructors point the same functions at their own hidden packs, or run one from a shell:

    puente mutation exercises/m03_testing/test_credit_features.py path/to/hidden/pack
"""

import ast
import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

import pytest

from puente.errors import PuenteError
from puente.grading.limits import load_factor
from puente.i18n import detect_language, say

MUTANTS_FOLDER = "mutants"
EQUIVALENTS_FOLDER = "equivalents"
MIN_EQUIVALENTS = 2
DEFAULT_TIMEOUT = 60.0
OUTPUT_TAIL_LINES = 25
HYPOTHESIS_PLUGIN = "_hypothesis_pytestplugin"
TRUSTED_CONFTEST = '''"""Written by puente.mutation: hypothesis runs the same examples for every variant."""
try:
    from hypothesis import settings
except ImportError:
    pass
else:
    settings.register_profile("puente-mutation", deadline=None, derandomize=True, database=None)
    settings.load_profile("puente-mutation")
'''


@dataclass(frozen=True)
class MutantPack:
    """The correct module of a pack and its mutants, by name (the mutant's file stem)."""

    module_name: str
    correct: Path
    mutants: dict[str, Path]
    equivalents: dict[str, Path] = field(default_factory=dict)

    def code(self, name: str) -> str:
        return mutant_code(self.correct, self.mutants[name])

    def equivalent_code(self, name: str) -> str:
        return mutant_code(self.correct, self.equivalents[name])


MUTANT_SUFFIXES = (".toml", ".py")


def mutant_code(correct: Path, mutant: Path) -> str:
    """A mutant's code: the correct code with one change (.toml), or a full buggy copy (.py)."""
    if mutant.suffix == ".py":
        return mutant.read_text(encoding="utf-8")
    change = _change_spec(mutant)
    code = correct.read_text(encoding="utf-8")
    if code.count(change["replace"]) != 1:
        raise PuenteError(f"mutant {mutant.name}: its `replace` text must appear exactly once in {correct.name}", f"edit {mutant}")
    return code.replace(change["replace"], change["with"])


def _change_spec(mutant: Path) -> dict[str, str]:
    try:
        change = tomllib.loads(mutant.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise PuenteError(f"mutant {mutant.name} is not valid TOML: {error}", f"edit {mutant}") from None
    missing = [key for key in ("description", "replace", "with") if not isinstance(change.get(key), str)]
    if missing:
        raise PuenteError(f"mutant {mutant.name} lacks {', '.join(missing)}", f"give {mutant} description, replace and with")
    return change


@dataclass(frozen=True)
class VariantRun:
    """What happened when the learner's tests ran against one variant."""

    variant: str
    outcome: str  # "passed", "failed" (a test failed), "error" (collection or crash), "no tests", "timeout"
    output: str

    @property
    def passed(self) -> bool:
        return self.outcome == "passed"


@dataclass
class MutationReport:
    """The run on the correct code and the run on each mutant (empty when the correct run failed)."""

    baseline: VariantRun
    mutants: dict[str, VariantRun] = field(default_factory=dict)

    def caught(self, name: str) -> bool:
        """A mutant is caught when the tests pass on the correct code and do not pass on the mutant."""
        run = self.mutants.get(name)
        return self.baseline.passed and run is not None and not run.passed

    @property
    def caught_names(self) -> list[str]:
        return [name for name in self.mutants if self.caught(name)]

    @property
    def survived_names(self) -> list[str]:
        return [name for name in self.mutants if not self.caught(name)]


def load_pack(folder: Path) -> MutantPack:
    """Read a pack folder: one correct `<module>.py` at the top, `mutants/` (one or more), `equivalents/` (two or more)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise PuenteError(f"mutant pack {folder} does not exist", "pass the folder that holds the correct module")
    correct = sorted(p for p in folder.glob("*.py") if not p.name.startswith("_"))
    if len(correct) != 1:
        raise PuenteError(
            f"mutant pack {folder} holds {len(correct)} top-level .py files, expected exactly 1",
            "keep only the correct module at the top of the pack; put buggy copies in mutants/",
        )
    mutants, equivalents = _variants(folder / MUTANTS_FOLDER), _variants(folder / EQUIVALENTS_FOLDER)
    if not mutants:
        raise PuenteError(
            f"mutant pack {folder} has no mutants", f"add one bug of {correct[0].name} per file to {folder / MUTANTS_FOLDER}/"
        )
    if len(equivalents) < MIN_EQUIVALENTS:
        raise PuenteError(
            f"mutant pack {folder} has {len(equivalents)} equivalent variants, expected at least {MIN_EQUIVALENTS}",
            f"add the correct code refactored (renamed locals, an equal expression) to {folder / EQUIVALENTS_FOLDER}/",
        )
    return MutantPack(correct[0].stem, correct[0], mutants, equivalents)


def _variants(folder: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted(folder.iterdir() if folder.is_dir() else [])
            if p.suffix in MUTANT_SUFFIXES and not p.name.startswith("_")}


def mutant_names(folder: Path) -> list[str]:
    """The mutants of a pack, for `@pytest.mark.parametrize` (one graded test per mutant)."""
    return list(load_pack(folder).mutants)


def mutant_description(folder: Path, name: str) -> str:
    """What a mutant's bug is: its `description`, or the first line of a buggy copy's docstring."""
    mutant = load_pack(folder).mutants[name]
    if mutant.suffix == ".toml":
        spec = _change_spec(mutant)
        text = spec.get("description_es", spec["description"]) if detect_language() == "es" else spec["description"]
        return text.strip().rstrip(".")
    docstring = ast.get_docstring(ast.parse(mutant.read_text(encoding="utf-8"))) or name
    return docstring.splitlines()[0].removeprefix("Mutant:").strip().rstrip(".")


def run_mutation_pack(test_file: Path, pack_folder: Path, timeout: float = DEFAULT_TIMEOUT,
                      env: dict[str, str] | None = None) -> MutationReport:
    """Run `test_file` on the pack's correct module, then (only if it passed) on every mutant."""
    pack = load_pack(pack_folder)
    return run_mutation(Path(test_file), pack.module_name, pack.correct, pack.mutants, timeout, env, pack.equivalents)


def run_mutation(test_file: Path, module_name: str, correct: Path, mutants: dict[str, Path],
                 timeout: float = DEFAULT_TIMEOUT, env: dict[str, str] | None = None,
                 equivalents: dict[str, Path] | None = None) -> MutationReport:
    """The same as `run_mutation_pack`, for variants that are not laid out as a pack folder."""
    baseline = run_baseline(test_file, module_name, correct, equivalents or {}, timeout, env)
    report = MutationReport(baseline)
    if baseline.passed:
        for name, mutant in mutants.items():
            report.mutants[name] = run_variant(test_file, module_name, name, mutant_code(correct, mutant), timeout, env)
    return report


def run_baseline(test_file: Path, module_name: str, correct: Path, equivalents: dict[str, Path],
                 timeout: float = DEFAULT_TIMEOUT, env: dict[str, str] | None = None) -> VariantRun:
    """The run on the correct code, then on each equivalent variant: `passed` only if every one passes.

    A suite that fails on an equivalent (the correct code refactored) checks how the code is
    written, not what it does: its baseline is `equivalent`, and it earns nothing.
    """
    run = run_variant(test_file, module_name, "correct", correct, timeout, env)
    for name, path in equivalents.items() if run.passed else ():
        other = run_variant(test_file, module_name, name, mutant_code(correct, path), timeout, env)
        if not other.passed:
            return VariantRun(name, "equivalent", f"{_description(path)}\n{other.output}")
    return run


def _description(path: Path) -> str:
    return _change_spec(path)["description"].strip().rstrip(".") if path.suffix == ".toml" else path.stem


def run_variant(test_file: Path, module_name: str, variant: str, source: Path | str,
                timeout: float = DEFAULT_TIMEOUT, env: dict[str, str] | None = None) -> VariantRun:
    """Run the test file in a fresh folder where `module_name` is `source` (a file, or code), in a subprocess."""
    if not test_file.is_file():
        return VariantRun(variant, "error", f"the test file {test_file.name} does not exist")
    with tempfile.TemporaryDirectory(prefix="puente-mutation-") as tmp:
        folder = Path(tmp)
        code, tests, home, private_tmp = folder / "code", folder / "tests", folder / "home", folder / "tmp"
        for made in (code, tests, home, private_tmp):
            made.mkdir()
        code_text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
        (code / f"{module_name}.py").write_text(code_text, encoding="utf-8")
        test_name = test_file.name if test_file.name.startswith("test_") else f"test_{test_file.name}"
        shutil.copyfile(test_file, tests / test_name)
        (tests / "conftest.py").write_text(TRUSTED_CONFTEST, encoding="utf-8")
        (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-c", str(folder / "pytest.ini"),
                   "--rootdir", str(folder), "-o", "addopts=", str(tests / test_name)]
        if find_spec(HYPOTHESIS_PLUGIN) is not None:
            command[4:4] = ["-p", HYPOTHESIS_PLUGIN]
        environment = variant_environment(code, env) | {"HOME": str(home), "TMPDIR": str(private_tmp),
                                                         "TMP": str(private_tmp), "TEMP": str(private_tmp)}
        if private_filesystem_works():
            command = [*private_filesystem(folder), *command]
            environment["TMPDIR"] = environment["TMP"] = environment["TEMP"] = "/tmp"
        # a wall limit: on a busy machine (a class being graded) it grows with the load, as the grader's do
        limit = timeout * load_factor(1)
        returncode, output = run_with_timeout(command, folder, environment, limit)
    if returncode is None:
        return VariantRun(variant, "timeout", f"stopped after {limit:g} s (an endless loop?)\n{output}")
    outcome = {0: "passed", 1: "failed", 5: "no tests"}.get(returncode, "error")
    return VariantRun(variant, outcome, output)


def private_filesystem(folder: Path) -> list[str]:
    """bubblewrap around one variant: everything read-only but its own folder and an empty, private /tmp.

    The interpreter and the toolkit are bound again on top of the private /tmp: a course cloned
    below /tmp (CI does) keeps its venv there, and hiding it would leave no Python to run.
    """
    from puente.grading.sandbox import python_mounts

    command = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--tmpfs", "/tmp"]
    for mount in python_mounts():
        command += ["--ro-bind", str(mount), str(mount)]
    return [*command, "--bind", str(folder), str(folder),
            "--unshare-user", "--unshare-ipc", "--unshare-net", "--die-with-parent", "--chdir", str(folder), "--"]


@functools.cache
def private_filesystem_works() -> bool:
    """Whether bubblewrap runs here (inside the grader's sandbox too); if not, only TMPDIR and HOME are private."""
    if shutil.which("bwrap") is None:
        return False
    with tempfile.TemporaryDirectory(prefix="puente-probe-") as probe:
        try:
            done = subprocess.run([*private_filesystem(Path(probe)), sys.executable, "-c", "pass"], capture_output=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            return False
    return done.returncode == 0


def variant_environment(code: Path, extra: dict[str, str] | None) -> dict[str, str]:
    """The parent's environment minus anything that changes pytest or Python's path, plus `extra`."""
    environment = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("PYTEST_", "PUENTE_TARGET")) and key not in ("PYTHONPATH", "PYTHONSTARTUP")
    }
    environment.update(PYTHONPATH=str(code), PYTEST_DISABLE_PLUGIN_AUTOLOAD="1", PYTHONDONTWRITEBYTECODE="1")
    environment.update(extra or {})
    return environment


def run_with_timeout(command: list[str], cwd: Path, environment: dict[str, str],
                     timeout: float) -> tuple[int | None, str]:
    """Run in a new process group; on timeout kill the whole group. Returns (exit code or None, output tail)."""
    process = subprocess.Popen(command, cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, text=True, errors="replace", start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
        returncode: int | None = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        returncode = None
    return returncode, tail(output)


def tail(output: str, lines: int = OUTPUT_TAIL_LINES) -> str:
    return "\n".join(output.strip().splitlines()[-lines:])


def explain_baseline(report: "MutationReport | LazyMutationReport", test_file_name: str) -> str:
    """A learner-facing sentence for a test file that does not pass on the correct code."""
    run = report.baseline
    reasons = {
        "no tests": say(en="{file} has no tests yet: write at least one `def test_...():` function",
                        es="{file} todavía no tiene pruebas: escriba al menos una función `def test_...():`", file=test_file_name),
        "failed": say(en="a test in {file} fails on the CORRECT code, so it earns nothing: fix that test first",
                      es="una prueba de {file} falla con el código CORRECTO, así que no suma nada: corrija primero esa prueba", file=test_file_name),
        "error": say(en="{file} crashed before its tests could run (a syntax or import error?): fix it first",
                     es="{file} se cayó antes de que corrieran sus pruebas (¿un error de sintaxis o de importación?): corríjalo primero", file=test_file_name),
        "timeout": say(en="{file} did not finish on the correct code: is a test looping forever?",
                       es="{file} no terminó con el código correcto: ¿hay una prueba en un ciclo infinito?", file=test_file_name),
        "equivalent": say(en="a test in {file} fails on '{variant}', the CORRECT code written differently ({how}): it checks how the code is written (its source, its file, a hash), not what it does, so this exercise earns nothing",
                          es="una prueba de {file} falla con '{variant}', el código CORRECTO escrito de otra forma ({how}): revisa cómo está escrito el código (su fuente, su archivo, un hash), no lo que hace, así que este ejercicio no suma nada",
                          file=test_file_name, variant=run.variant, how=run.output.splitlines()[0] if run.output else "a refactoring"),
    }
    end = say(en="--- the end of pytest's output ---", es="--- el final de la salida de pytest ---")
    return f"{reasons.get(run.outcome, run.outcome)}\n{end}\n{tail(run.output, 10)}"


def explain_survivor(report: "MutationReport | LazyMutationReport", name: str, description: str) -> str:
    """A learner-facing sentence for a mutant the tests did not catch."""
    if not report.baseline.passed:
        return say(en="the mutant '{name}' was not tried: your tests must first pass on the correct code",
                   es="el mutante '{name}' no se probó: primero sus pruebas deben pasar con el código correcto", name=name)
    return say(en="your tests still pass when the code has this bug: {description} (mutant '{name}')",
               es="sus pruebas siguen pasando cuando el código tiene este error: {description} (mutante '{name}')", description=description, name=name)


class LazyMutationReport:
    """A report that runs each variant the first time a test asks about it.

    Graded tests use it so that every test pays for one subprocess at most, inside its own call
    (where a grader's per-test timeout applies), instead of one fixture running every variant.
    """

    def __init__(self, test_file: Path, pack: MutantPack, timeout: float) -> None:
        self.test_file, self.pack, self.timeout = test_file, pack, timeout
        self.mutants: dict[str, VariantRun] = {}
        self._baseline: VariantRun | None = None

    @property
    def baseline(self) -> VariantRun:
        if self._baseline is None:
            self._baseline = run_baseline(self.test_file, self.pack.module_name, self.pack.correct, self.pack.equivalents, self.timeout)
        return self._baseline

    def caught(self, name: str) -> bool:
        if not self.baseline.passed:
            return False
        if name not in self.mutants:
            self.mutants[name] = run_variant(self.test_file, self.pack.module_name, name, self.pack.code(name), self.timeout)
        return not self.mutants[name].passed


class MutationRunner:
    """Keeps one lazy report per (test file, pack, timeout) for the session, so tests share runs."""

    def __init__(self) -> None:
        self.reports: dict[tuple[Path, Path, float], LazyMutationReport] = {}

    def report(self, test_file: Path, pack_folder: Path, timeout: float = DEFAULT_TIMEOUT) -> LazyMutationReport:
        key = (Path(test_file).resolve(), Path(pack_folder).resolve(), timeout)
        if key not in self.reports:
            self.reports[key] = LazyMutationReport(Path(test_file), load_pack(pack_folder), timeout)
        return self.reports[key]


@pytest.fixture(scope="session")
def mutation_runner() -> MutationRunner:
    """Import this fixture into a conftest.py (`from puente.mutation import mutation_runner`) to share runs."""
    return MutationRunner()
