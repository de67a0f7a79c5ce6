from pathlib import Path

import pytest
import yaml

from puente.i18n import say

pytestmark = pytest.mark.slow  # real git + DVC repositories

FILE = "track_and_push.sh"
DATA = "data/applications_2026_11.csv"


@pytest.fixture(scope="module")
def remote(tmp_path_factory) -> Path:
    """An empty folder outside the repository that plays the team's remote storage."""
    return tmp_path_factory.mktemp("remote")


@pytest.fixture(scope="module")
def pushed(tmp_path_factory, template_repo, learner_file, remote, credit_data_path, tools) -> Path:
    """November's applications appear in a fresh repository, then the learner's script runs there."""
    repo = tools.new_repo(template_repo, tmp_path_factory.mktemp("repo"), learner_file)
    tools.write_applications(credit_data_path, repo / DATA, 0, 400)
    tools.run("bash", FILE, cwd=repo, env=tools.env(REMOTE_DIR=str(remote)))
    return repo


def test_the_dvc_file_records_the_data_and_is_committed(pushed, tools):
    pointer = pushed / f"{DATA}.dvc"
    assert pointer.is_file(), say(en="{data}.dvc is missing: `dvc add {data}` writes it", es="falta {data}.dvc: `dvc add {data}` lo escribe", data=DATA)
    out = yaml.safe_load(pointer.read_text())["outs"][0]
    assert out["md5"] == tools.md5_of(pushed / DATA), say(en="the .dvc file must record the md5 of the file's content", es="el archivo .dvc debe registrar el md5 del contenido del archivo")
    assert f"{DATA}.dvc" in tools.committed_files(pushed), say(en="commit {data}.dvc with git: it is how colleagues find this version",
                                                                   es="haga commit de {data}.dvc con git: así encuentran sus colegas esta versión", data=DATA)


def test_git_ignores_the_data_itself(pushed, tools):
    ignored = tools.run("git", "check-ignore", "--quiet", DATA, cwd=pushed, check=False)
    assert ignored.returncode == 0, say(en="git must ignore {data}: `dvc add` writes data/.gitignore, commit it",
                                    es="git debe ignorar {data}: `dvc add` escribe data/.gitignore; haga commit de él", data=DATA)
    committed = tools.committed_files(pushed)
    assert "data/.gitignore" in committed, say(en="commit data/.gitignore so every clone ignores the data file", es="haga commit de data/.gitignore para que cada clon ignore el archivo de datos")
    assert DATA not in committed, say(en="the data itself must not go into git, only its .dvc file", es="los datos mismos no van en git, solo su archivo .dvc")


def test_the_content_is_in_the_remote(pushed, remote, tools):
    md5 = tools.md5_of(pushed / DATA)
    stored = remote / "files" / "md5" / md5[:2] / md5[2:]
    assert stored.is_file(), say(en="the remote folder lacks files/md5/{head}/{tail}: run `dvc push`",
                               es="a la carpeta del remoto le falta files/md5/{head}/{tail}: corra `dvc push`", head=md5[:2], tail=md5[2:])
    assert stored.read_bytes() == (pushed / DATA).read_bytes(), say(en="the remote must hold exactly the file's content", es="el remoto debe tener exactamente el contenido del archivo")
    config = tools.run("git", "show", "HEAD:.dvc/config", cwd=pushed, check=False).stdout
    assert "remote = team" in config, say(en="commit .dvc/config with `team` as the default remote so colleagues can `dvc pull`",
                                     es="haga commit de .dvc/config con `team` como remoto por defecto para que sus colegas puedan hacer `dvc pull`")

