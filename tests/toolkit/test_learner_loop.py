"""The learner's loop as a learner lives it (issue 14): time limits, Ctrl+C, their own errors first,
reset after a commit, `list` and `hint`; each runs the real `puente` command in the mini course."""

import os
import re
import signal
import subprocess
import sys

import tomlkit

FIRST_LOOK = "exercises/m00_welcome/first_look.py"
ENDLESS = "import pandas as pd\n\n\ndef load_applications(path):\n    return pd.read_csv(path)\n\n\ndef default_rate(applications):\n    while True:\n        pass\n"
UNCLOSED = "import pandas as pd\n\n\ndef load_applications(path):\n    return pd.read_csv(path\n\n\ndef default_rate(applications):\n    return 0.0\n"


def learner_env(lang="en", **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
    env.update(PUENTE_LANG=lang, NO_COLOR="1", PYTHONUNBUFFERED="1", **extra)
    return env


def set_time_limit(course, exercise_id, seconds):
    manifest = tomlkit.parse((course / "course.toml").read_text(encoding="utf-8"))
    next(e for e in manifest["exercise"] if e["id"] == exercise_id)["time_limit"] = seconds
    (course / "course.toml").write_text(tomlkit.dumps(manifest), encoding="utf-8")


def git(course, *args):
    subprocess.run(["git", "-c", "user.name=Learner", "-c", "user.email=learner@example.org", *args], cwd=course, check=True, capture_output=True)


def test_an_endless_loop_ends_at_the_time_limit_and_names_the_test(puente, mini_course):
    set_time_limit(mini_course, "first_look", 2)
    (mini_course / FIRST_LOOK).write_text(ENDLESS)
    done = puente("check", "first_look")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "test_default_rate_of_a_small_table: your code ran longer than 2 s: an endless loop?" in done.stdout
    assert "1 of 3 tests pass: 3.33 of 10 points." in done.stdout


def test_ctrl_c_during_a_check_records_nothing_and_exits_130(mini_course):
    (mini_course / FIRST_LOOK).write_text(ENDLESS)
    process = subprocess.Popen([sys.executable, "-m", "puente", "check", "first_look"], cwd=mini_course, env=learner_env(),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seen = []
    for line in process.stdout:
        seen.append(line)
        if "running test_default_rate_of_a_small_table" in line:  # the endless loop is running now
            process.send_signal(signal.SIGINT)
            break
    output = "".join(seen) + process.communicate(timeout=300)[0]
    assert process.returncode == 130, output
    assert "interrupted: nothing was recorded." in output
    assert "tests pass" not in output
    assert not (mini_course / ".puente" / "progress.json").exists(), "an interrupted check must record nothing"


def test_a_syntax_error_comes_first_with_its_file_line_and_code(puente, mini_course):
    (mini_course / FIRST_LOOK).write_text(UNCLOSED)
    for lang, expected, next_step in (
        ("en", "exercises/m00_welcome/first_look.py, line 5: SyntaxError: '(' was never closed", "Fix that line"),
        ("es", "exercises/m00_welcome/first_look.py, línea 5: SyntaxError: '(' was never closed", "Corrija esa línea"),
    ):
        done = puente("check", "first_look", lang=lang)
        lines = done.stdout.splitlines()
        assert done.returncode == 1
        assert lines[1:4] == [expected, "    return pd.read_csv(path", lines[3]] and lines[3].startswith(next_step), done.stdout
        assert "test_first_look.py" not in done.stdout, "no word about test files when the learner's file is the problem"


def test_an_import_error_names_the_learners_line(puente, mini_course):
    (mini_course / FIRST_LOOK).write_text("import pandsa\n")
    done = puente("check", "first_look")
    assert done.stdout.splitlines()[1] == "exercises/m00_welcome/first_look.py, line 1: ModuleNotFoundError: No module named 'pandsa'"


def test_a_failed_comparison_labels_actual_and_expected(puente, mini_course):
    stub = mini_course / "exercises" / "m00_welcome" / "missing_values.py"
    stub.write_text(stub.read_text().replace("return {}", 'return {"job": 1, "income": 2}'))
    done = puente("check", "missing_values")
    assert "actual (your code): ['job', 'income']" in done.stdout, done.stdout
    assert "expected: ['income', 'job']" in done.stdout


def test_missing_values_grades_the_order(puente, mini_course):
    stub = mini_course / "exercises" / "m00_welcome" / "missing_values.py"
    unsorted = "    counts = applications.isna().sum()\n    return {column: int(count) for column, count in counts[counts > 0].items()}\n"
    stub.write_text(stub.read_text().replace("    return {}\n", unsorted))
    done = puente("check", "missing_values")
    assert "✓ test_counts_are_plain_ints" in done.stdout
    assert "✗ test_small_table_keeps_only_columns_with_holes_largest_first" in done.stdout
    assert "✗ test_the_lenders_holes" in done.stdout
    assert "1 of 3 tests pass: 3.33 of 10 points." in done.stdout


def test_reset_after_a_commit_gives_back_the_course_stub(puente, mini_course, solve):
    stub = (mini_course / FIRST_LOOK).read_bytes()
    solve()
    git(mini_course, "commit", "-qam", "my solution")
    solution = (mini_course / FIRST_LOOK).read_bytes()
    done = puente("reset", "first_look")
    assert done.returncode == 0, done.stderr
    assert (mini_course / FIRST_LOOK).read_bytes() == stub
    backup = re.search(r"your version is saved in (\S+)", done.stdout)
    assert backup, done.stdout
    assert (mini_course / backup[1]).read_bytes() == solution
    again = puente("reset", "first_look")
    assert f"{FIRST_LOOK} is already the untouched stub." in again.stdout


def test_verify_reads_the_committed_stubs_not_the_learners_work(puente, mini_course, solve):
    solve()  # work in progress, not committed: `make test` must stay green
    (mini_course / "exercises" / "m00_welcome" / "first_look.py").write_text("def broken(:\n")
    done = puente("verify")
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1].endswith(", 0 failed")


def test_list_shows_points_minutes_and_not_started(puente):
    rows = {line.split()[0]: line for line in puente("list").stdout.splitlines() if line.strip()}
    assert re.search(r"m00_welcome\s+Welcome: the wall of confusion\s+30\s+60\s*$", rows["m00_welcome"]), rows["m00_welcome"]
    first_look = next(line for line in puente("list").stdout.splitlines() if "first_look" in line)
    assert re.search(r"first_look — First look at the applications\s+10\s+10\s+not started\s*$", first_look), first_look


def test_the_last_hint_links_the_site_page_and_keeps_code_whole(mini_course):
    def hint():
        return subprocess.run([sys.executable, "-m", "puente", "hint", "first_look"], cwd=mini_course, env=learner_env(COLUMNS="50"),
                              capture_output=True, text=True, timeout=120).stdout

    hint(), hint()
    last = hint()
    assert 'return float((applications["status"] == "bad").mean())' in last, last
    assert "http://127.0.0.1:8001/m00_welcome/#your-first-exercise (modules/m00_welcome/index.md#your-first-exercise)" in last


def test_a_module_by_its_name_checks_all_its_exercises_and_records_them(puente, solve):
    solve()
    done = puente("check", "welcome")
    assert done.returncode == 0, done.stdout + done.stderr
    checked = [line.split()[0] for line in done.stdout.splitlines() if line and not line.startswith(" ")]
    assert checked == ["first_look", "missing_values", "majority_baseline"], done.stdout
    assert re.search(r"m00_welcome\s.*\b30\b", puente("progress").stdout), "every exercise of the module is recorded"
    assert puente("check", "m00_welcome").returncode == 0, "the module's id works as well as its name"
