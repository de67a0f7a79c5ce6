"""The mutation helper: a caught mutant, a survivor, a crashing test file, an endless loop,
equivalent variants that a fingerprinting suite catches (and so earns nothing), private tmp and home per variant."""

from pathlib import Path

import pytest

from puente.errors import PuenteError
from puente.mutation import (
    MutationRunner,
    explain_baseline,
    load_pack,
    mutant_description,
    mutant_names,
    private_filesystem,
    private_filesystem_works,
    run_mutation_pack,
    run_variant,
)

CORRECT = "def add(a, b):\n    return a + b\n"
MUTANTS = {
    "subtracts": '"""Mutant: add subtracts."""\ndef add(a, b):\n    return a - b\n',
    "equivalent": '"""Mutant: the same sum, written another way."""\ndef add(a, b):\n    return b + a\n',
}
GOOD_TESTS = "from adder import add\n\ndef test_add():\n    assert add(2, 3) == 5\n"
EQUIVALENTS = {
    "swapped": "description = 'the sum with its terms swapped.'\nreplace = 'return a + b'\nwith = 'return b + a'\n",
    "named": "description = 'the sum through a named local.'\nreplace = 'return a + b'\nwith = \"total = a + b\\n    return total\"\n",
}
# the tricks of issue 13: recognise the correct code instead of testing it
FINGERPRINT_SOURCE = (
    "import inspect\nimport adder\n\n"
    "def test_add():\n    assert inspect.getsource(adder) == {correct!r}\n"
)
FINGERPRINT_IN = (
    "import hashlib, os, pathlib, adder\n\n"
    "def test_add():\n"
    "    note = pathlib.Path({folder}) / 'puente-fingerprint'\n"
    "    digest = hashlib.sha256(pathlib.Path(adder.__file__).read_bytes()).hexdigest()\n"
    "    if not note.exists():\n        note.write_text(digest)\n"
    "    assert note.read_text() == digest\n"
)


def write_pack(folder: Path, mutants: dict[str, str] = MUTANTS, equivalents: dict[str, str] = EQUIVALENTS) -> Path:
    (folder / "mutants").mkdir(parents=True)
    (folder / "equivalents").mkdir()
    (folder / "adder.py").write_text(CORRECT)
    for name, source in mutants.items():
        (folder / "mutants" / f"{name}.py").write_text(source)
    for name, spec in equivalents.items():
        (folder / "equivalents" / f"{name}.toml").write_text(spec)
    return folder


def write_tests(folder: Path, source: str) -> Path:
    path = folder / "test_adder.py"
    path.write_text(source)
    return path


def test_a_caught_mutant_and_a_survivor(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTEST_ADDOPTS", "--no-such-option")  # the parent's pytest settings must not leak in
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "elsewhere"))
    report = run_mutation_pack(write_tests(tmp_path, GOOD_TESTS), write_pack(tmp_path / "pack"))
    assert report.baseline.outcome == "passed"
    assert report.caught_names == ["subtracts"]
    assert report.survived_names == ["equivalent"]
    assert report.mutants["subtracts"].outcome == "failed"


def test_a_test_file_that_crashes_earns_nothing(tmp_path):
    report = run_mutation_pack(write_tests(tmp_path, "from adder import add\ndef test_add(:\n"), write_pack(tmp_path / "pack"))
    assert report.baseline.outcome == "error"
    assert report.mutants == {}, "no mutant runs when the tests do not pass on the correct code"
    assert not report.caught("subtracts")
    assert "SyntaxError" in report.baseline.output
    assert "crashed" in explain_baseline(report, "test_adder.py")


def test_a_test_file_that_fails_on_the_correct_code_earns_nothing(tmp_path):
    wrong = "from adder import add\n\ndef test_add():\n    assert add(2, 2) == 5\n"
    report = run_mutation_pack(write_tests(tmp_path, wrong), write_pack(tmp_path / "pack"))
    assert report.baseline.outcome == "failed"
    assert report.caught_names == []


def test_a_file_without_tests_earns_nothing(tmp_path):
    report = run_mutation_pack(write_tests(tmp_path, "from adder import add\n"), write_pack(tmp_path / "pack"))
    assert report.baseline.outcome == "no tests"
    assert "no tests yet" in explain_baseline(report, "test_adder.py")


def test_a_mutant_that_loops_forever_is_stopped_by_the_timeout(tmp_path):
    looping = tmp_path / "looping.py"
    looping.write_text("def add(a, b):\n    while True:\n        pass\n")
    run = run_variant(write_tests(tmp_path, GOOD_TESTS), "adder", "looping", looping, timeout=2)
    assert run.outcome == "timeout"
    assert not run.passed, "a mutant that hangs the tests counts as caught"


def test_a_pack_lists_its_mutants_and_describes_them(tmp_path):
    pack = write_pack(tmp_path / "pack")
    assert load_pack(pack).module_name == "adder"
    assert mutant_names(pack) == ["equivalent", "subtracts"]
    assert mutant_description(pack, "subtracts") == "add subtracts"


def test_a_mutant_can_be_one_change_to_the_correct_code(tmp_path):
    pack = write_pack(tmp_path / "pack", {})
    (pack / "mutants" / "subtracts.toml").write_text(
        "description = 'add subtracts.'\nreplace = 'return a + b'\nwith = 'return a - b'\n"
    )
    assert mutant_description(pack, "subtracts") == "add subtracts"
    assert load_pack(pack).code("subtracts") == "def add(a, b):\n    return a - b\n"
    report = run_mutation_pack(write_tests(tmp_path, GOOD_TESTS), pack)
    assert report.caught_names == ["subtracts"]


def test_a_change_that_does_not_apply_is_a_clear_error(tmp_path):
    pack = write_pack(tmp_path / "pack", {})
    (pack / "mutants" / "typo.toml").write_text("description = 'x'\nreplace = 'return a * b'\nwith = 'return 0'\n")
    with pytest.raises(PuenteError, match="must appear exactly once in adder.py"):
        load_pack(pack).code("typo")
    (pack / "mutants" / "typo.toml").write_text("description = 'x'\n")
    with pytest.raises(PuenteError, match="lacks replace, with"):
        mutant_description(pack, "typo")


def test_a_pack_without_mutants_is_a_clear_error(tmp_path):
    with pytest.raises(PuenteError, match="has no mutants"):
        load_pack(write_pack(tmp_path / "pack", {}))


def test_a_pack_with_two_modules_is_a_clear_error(tmp_path):
    pack = write_pack(tmp_path / "pack")
    (pack / "other.py").write_text("")
    with pytest.raises(PuenteError, match="expected exactly 1"):
        load_pack(pack)


def test_the_runner_runs_each_variant_once_and_only_when_asked(tmp_path):
    runner = MutationRunner()
    tests, pack = write_tests(tmp_path, GOOD_TESTS), write_pack(tmp_path / "pack")
    report = runner.report(tests, pack)
    assert report is runner.report(tests, pack)
    assert report.mutants == {}, "nothing runs before a test asks"
    assert report.caught("subtracts") and report.baseline.passed
    assert list(report.mutants) == ["subtracts"], "only the mutant that was asked about ran"


def test_instructors_run_a_pack_from_the_shell(tmp_path, capsys):
    from puente.mutation_command import run_mutation_command

    pack = write_pack(tmp_path / "pack", {"subtracts": MUTANTS["subtracts"]})
    assert run_mutation_command(write_tests(tmp_path, GOOD_TESTS), pack, 60) == 0
    assert capsys.readouterr().out.splitlines() == ["caught   subtracts (failed)", "1 of 1 mutants caught"]
    assert run_mutation_command(tmp_path / "test_adder.py", tmp_path / "no-such-pack", 60) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_pack_needs_two_equivalent_variants(tmp_path):
    with pytest.raises(PuenteError, match="has 1 equivalent variants, expected at least 2"):
        load_pack(write_pack(tmp_path / "pack", equivalents={"swapped": EQUIVALENTS["swapped"]}))


def test_a_suite_that_recognises_the_correct_source_earns_nothing(tmp_path):
    tests = write_tests(tmp_path, FINGERPRINT_SOURCE.format(correct=CORRECT))
    report = run_mutation_pack(tests, write_pack(tmp_path / "pack"))
    assert report.baseline.outcome == "equivalent" and report.baseline.variant == "named"
    assert report.caught_names == [] and report.mutants == {}, "no mutant runs, none is caught"
    assert "checks how the code is written" in explain_baseline(report, "test_adder.py")


@pytest.mark.parametrize("where", ["tempfile.gettempdir()", "os.environ['HOME']", "'/tmp'"])
def test_a_fingerprint_kept_between_variants_is_gone_in_the_next(tmp_path, where):
    if where == "'/tmp'" and not private_filesystem_works():
        pytest.skip("without bubblewrap every variant shares the machine's /tmp (the runner's docstring says so)")
    source = FINGERPRINT_IN.format(folder=where).replace("import hashlib,", "import hashlib, tempfile,")
    pack = write_pack(tmp_path / "pack")
    report = run_mutation_pack(write_tests(tmp_path, source), pack)
    assert report.baseline.outcome == "passed", report.baseline.output
    assert report.caught_names == [], "each variant starts with an empty tmp and home: the note of the correct run is gone"


def test_the_command_is_registered_with_the_cli():
    from typer.testing import CliRunner

    from puente import cli

    cli._load_extensions()
    done = CliRunner().invoke(cli.app, ["mutation", "--help"])
    assert done.exit_code == 0 and "catches" in done.output


def test_the_private_filesystem_keeps_an_interpreter_that_lives_below_tmp(tmp_path):
    """A clone under /tmp (CI's) keeps its venv there: the private /tmp must not hide it."""
    from puente.grading.sandbox import python_mounts

    command = private_filesystem(tmp_path)
    hidden_from = command.index("--tmpfs")
    rebound = [command[i + 1] for i, part in enumerate(command) if part == "--ro-bind" and i > hidden_from]
    assert {str(mount) for mount in python_mounts()} <= set(rebound), command
