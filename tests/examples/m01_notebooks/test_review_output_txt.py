"""The lesson shows the reviewer's output on the analyst's notebook; this keeps that transcript true."""


def test_transcript_is_what_the_reviewer_prints(load_example, course_root, examples_dir, monkeypatch, capsys):
    command, *expected = (examples_dir / "review_output.txt").read_text(encoding="utf-8").splitlines()
    script, *arguments = command.removeprefix("$ python ").split()
    assert script == "modules/m01_notebooks/examples/review_notebook.py"
    monkeypatch.chdir(course_root)
    assert load_example("review_notebook").main(arguments) == 1, "the reviewer exits with 1 when it finds problems"
    assert capsys.readouterr().out.splitlines() == expected
