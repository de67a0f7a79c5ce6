"""The lessons show the reviewer's output on the analyst's notebook, each in its language; this keeps both transcripts true."""

import pytest


@pytest.mark.parametrize("transcript", ["review_output.txt", "review_output.es.txt"])
def test_transcript_is_what_the_reviewer_prints(transcript, load_example, course_root, examples_dir, monkeypatch, capsys):
    command, *expected = (examples_dir / transcript).read_text(encoding="utf-8").splitlines()
    script, *arguments = command.removeprefix("$ python ").split()
    assert script == "modules/m01_notebooks/examples/review_notebook.py"
    assert ("--lang" in arguments) == transcript.endswith(".es.txt"), "the Spanish lesson shows the Spanish run"
    monkeypatch.chdir(course_root)
    assert load_example("review_notebook").main(arguments) == 1, "the reviewer exits with 1 when it finds problems"
    assert capsys.readouterr().out.splitlines() == expected
