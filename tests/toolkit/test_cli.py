"""The learner's loop through the real `puente` command: list, check, hint, progress, reset, catch up."""

import json

import pytest


def test_list_shows_module_00(puente):
    done = puente("list")
    assert done.returncode == 0
    assert "m00_welcome" in done.stdout
    assert "first_look" in done.stdout


def test_check_on_an_untouched_stub_explains_without_a_traceback(puente):
    done = puente("check")
    assert done.returncode == 1
    assert "Checking first_look" in done.stdout, "with no argument, check takes the next unfinished exercise"
    assert "✗ test_default_rate_of_a_small_table" in done.stdout
    assert "Obtained: 0.0" in done.stdout and "Expected: 0.25" in done.stdout, "expected versus actual"
    assert "puente hint first_look" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert "site-packages" not in done.stdout, "no toolkit internals in the learner's output"


@pytest.mark.slow  # several real checks (a pytest run each)
def test_solved_course_checks_green_and_progress_is_full(puente, solve):
    solve()
    done = puente("check", "--all")
    assert done.returncode == 0, done.stdout
    progress = puente("progress")
    assert "3/3" in progress.stdout
    assert "30/30" in progress.stdout
    assert "All 3 tests pass: 10 points" in puente("check", "first_look").stdout


@pytest.mark.slow  # several real checks (a pytest run each)
def test_check_moves_on_to_the_next_exercise(puente, mini_course, solve):
    solve()
    assert puente("check", "first_look").returncode == 0
    assert "Checking missing_values" in puente("check").stdout


@pytest.mark.slow  # several real checks (a pytest run each)
def test_partial_points_are_recorded(puente, mini_course):
    stub = mini_course / "exercises" / "m00_welcome" / "majority_baseline.py"
    stub.write_text(stub.read_text().replace('return ""', 'return str(min(status.value_counts().pipe(lambda c: c[c == c.max()]).index))'))
    done = puente("check", "majority_baseline")
    assert "2 of 4 tests pass: 5 of 10 points" in done.stdout
    records = json.loads((mini_course / ".puente" / "progress.json").read_text())["records"]
    assert records["majority_baseline"]["points"] == 5


def test_hint_gives_one_more_each_time(puente):
    first, second = puente("hint", "first_look"), puente("hint", "first_look")
    assert "Hint 1 of 3" in first.stdout and "pd.read_csv" in first.stdout
    assert "Hint 2 of 3" in second.stdout
    puente("hint", "first_look")
    last = puente("hint", "first_look")
    assert "Hint 3 of 3" in last.stdout and "last hint" in last.stdout


@pytest.mark.slow  # several real checks (a pytest run each)
def test_messages_in_spanish(puente):
    done = puente("check", "first_look", lang="es")
    assert "Revisando first_look" in done.stdout
    assert "pruebas" in done.stdout
    assert "Pista 1 de 3" in puente("hint", "first_look", lang="es").stdout
    assert "Pista 2 de 3" in puente("--lang", "es", "hint", "first_look", lang="en").stdout


def test_reset_restores_the_stub_and_keeps_a_backup(puente, mini_course, solve):
    solve()
    learner_file = mini_course / "exercises" / "m00_welcome" / "first_look.py"
    solved = learner_file.read_text()
    done = puente("reset", "first_look")
    assert done.returncode == 0
    assert "# TODO:" in learner_file.read_text()
    backups = list((mini_course / ".puente" / "backups").rglob("first_look.py"))
    assert [b.read_text() for b in backups] == [solved], "nothing the learner wrote is lost"


@pytest.mark.slow  # several real checks (a pytest run each)
def test_catchup_fills_earlier_modules_and_says_what_it_overwrote(puente, mini_course):
    learner_file = mini_course / "exercises" / "m00_welcome" / "first_look.py"
    learner_file.write_text(learner_file.read_text() + "# my attempt\n")
    done = puente("catchup", "m99_next")
    assert done.returncode == 0
    assert "exercises/m00_welcome/first_look.py" in done.stdout and "saved in" in done.stdout
    assert "3 files filled" in done.stdout
    assert puente("check", "--all").returncode == 0


def every_command() -> list[str]:
    """Every command and subcommand the `puente` CLI offers, extensions included (serve, grade, edition...)."""
    import typer

    from puente import cli

    cli._load_extensions()

    def walk(group, prefix: str) -> list[str]:
        names = []
        for name, command in group.commands.items():
            if hasattr(command, "commands"):  # a group of subcommands
                names += walk(command, f"{prefix}{name} ")
            else:
                names.append(f"{prefix}{name}")
        return names

    return walk(typer.main.get_command(cli.app), "")


def test_every_command_has_help_with_an_example():
    """In this process (typer's CliRunner), not one `puente` per command: a second instead of half a minute."""
    from typer.testing import CliRunner

    from puente import cli

    commands = every_command()
    assert {"check", "hint", "verify", "serve", "grade", "edition student"} <= set(commands)
    runner = CliRunner()
    for command in commands:
        done = runner.invoke(cli.app, [*command.split(), "--help"], env={"PUENTE_LANG": "en", "COLUMNS": "200", "NO_COLOR": "1"})
        assert done.exit_code == 0, f"{command}: {done.output}"
        assert "Example: puente " + command in " ".join(done.output.split()), f"`puente {command} --help` shows an example"


def test_welcome_points_at_the_next_exercise_and_the_tools(puente):
    done = puente("welcome")
    assert "first_look" in done.stdout
    assert "exercises/m00_welcome/first_look.py" in done.stdout
    assert "make lab" in done.stdout and "make serve-site" in done.stdout


@pytest.mark.slow  # several real checks (a pytest run each)
def test_a_syntax_error_in_the_learners_file_is_explained(puente, mini_course):
    learner_file = mini_course / "exercises" / "m00_welcome" / "first_look.py"
    learner_file.write_text(learner_file.read_text().replace("def default_rate(", "def default_rate((", 1))
    done = puente("check", "first_look")
    assert done.returncode == 1
    assert "SyntaxError" in done.stdout
    assert "first_look.py" in done.stdout


@pytest.mark.slow  # several real checks (a pytest run each)
def test_progress_notices_a_file_changed_after_its_check(puente, mini_course, solve):
    solve()
    puente("check", "first_look")
    assert "done" in puente("list").stdout
    learner_file = mini_course / "exercises" / "m00_welcome" / "first_look.py"
    learner_file.write_text(learner_file.read_text() + "\n# edited\n")
    assert "changed since check" in puente("list").stdout
