"""A workflow that GitHub would refuse is explained in the reader's language: the file, where, what."""

import pytest

from puente.workflow_schema import validate_workflows

NO_RUNNER = "on: push\njobs:\n  check:\n    steps:\n      - run: pytest\n"
EXTRA_KEY = "on: push\ncolour: blue\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n"


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["ci.yml, $.jobs.check: 'runs-on' is a required property", "extra.yml, $: the schema does not allow 'colour'"]),
    ("es", ["ci.yml, $.jobs.check: falta la propiedad obligatoria 'runs-on'", "extra.yml, $: el esquema no admite 'colour'"]),
])
def test_schema_problems_speak_the_readers_language(tmp_path, monkeypatch, lang, expected):
    monkeypatch.setenv("PUENTE_LANG", lang)
    (tmp_path / "ci.yml").write_text(NO_RUNNER)
    (tmp_path / "extra.yml").write_text(EXTRA_KEY)
    valid, problems = validate_workflows([tmp_path / "ci.yml", tmp_path / "extra.yml"])
    assert not valid and problems.splitlines() == expected


def test_a_valid_workflow_has_nothing_to_say(tmp_path):
    (tmp_path / "ci.yml").write_text(EXTRA_KEY.replace("colour: blue\n", ""))
    assert validate_workflows([tmp_path / "ci.yml"]) == (True, "")
