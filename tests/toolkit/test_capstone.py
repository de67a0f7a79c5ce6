"""The capstone's toolkit: the starter is what `puente capstone new` renders, the data is deterministic, the bill is module 07's."""

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from puente.capstone.brief import CUSTOMER, LOYAL_CUSTOMER, monthly_bill, read_prices
from puente.capstone.churn_data import DRIFTED, ID_COLUMN, LABEL, NEXT_MONTH, TABLE, next_month
from puente.capstone.starter import render_starter
from puente.capstone.team_repo import clean_copy

REPO = Path(__file__).resolve().parents[2]
STUB = REPO / "exercises" / "m08_capstone" / "team"


def files_of(folder: Path) -> dict[str, Path]:
    return {str(p.relative_to(folder)): p for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def test_the_stub_is_the_rendered_starter(tmp_path):
    rendered = render_starter(REPO, tmp_path / "nuevo equipo", link_remote=False)
    ours, stub = files_of(rendered), files_of(STUB)
    assert sorted(ours) == sorted(stub)
    assert [name for name in ours if not filecmp.cmp(ours[name], stub[name], shallow=False)] == []


@pytest.mark.parametrize("lang, words", [("en", ["already exists and is not an empty folder", " — fix: "]),
                                         ("es", ["ya existe y no es una carpeta vacía", " — solución: "])])
def test_a_folder_in_use_is_refused_in_one_line(tmp_path, lang, words):
    team = tmp_path / "equipo año"
    team.mkdir()
    (team / "notes.txt").write_text("our work")
    done = subprocess.run([sys.executable, "-m", "puente", "--lang", lang, "capstone", "new", str(team)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and all(word in lines[0] for word in words), done.stderr
    assert sorted(p.name for p in team.iterdir()) == ["notes.txt"]


def test_next_month_is_the_committed_batch_with_its_known_drift():
    table = pd.read_csv(REPO / "churn" / TABLE)
    batch = next_month(table)
    assert batch.shape == (2000, 20) and LABEL not in batch.columns
    assert batch[ID_COLUMN].tolist()[:2] == [100001, 100002]
    pd.testing.assert_frame_equal(batch, pd.read_csv(REPO / "churn" / NEXT_MONTH))
    assert DRIFTED == ("contract", "monthly_charges")
    assert round(batch["monthly_charges"].mean() / table["monthly_charges"].mean(), 2) == 1.15
    assert round(float((batch["contract"] == "Month-to-month").mean()), 3) == 0.817
    assert abs(batch["tenure"].mean() - table["tenure"].mean()) < 1.0


def test_the_bill_is_module_07s_sums_at_the_brief_traffic():
    bill = monthly_bill({"requests_per_s": 20.6, "vcpus": 2, "seconds_per_request": 0.0485}, read_prices(REPO))
    assert bill == {"options": {"c7i.large": 325.76, "c7i.2xlarge": 521.22, "serverless": 2.62}, "cheapest": "serverless"}
    assert monthly_bill({"requests_per_s": 800.0, "vcpus": 2, "seconds_per_request": 0.00125}, read_prices(REPO))["options"]["c7i.large"] == 65.15


def test_the_contract_customers_have_the_nineteen_input_fields():
    inputs = [c for c in pd.read_csv(REPO / "churn" / TABLE, nrows=1).columns if c not in (ID_COLUMN, LABEL)]
    assert sorted(CUSTOMER) == sorted(LOYAL_CUSTOMER) == sorted(inputs) and len(inputs) == 19


def test_a_clean_copy_pulls_the_data_from_a_course_under_an_accented_path(tmp_path):
    course = tmp_path / "Mis cursos" / "año 2026"
    shutil.copytree(REPO / "dvc-remote", course / "dvc-remote")
    repo = clean_copy(STUB, tmp_path / "copia del equipo", course)
    table = repo / "data" / TABLE
    assert table.is_file() and table.read_bytes() == (REPO / "churn" / TABLE).read_bytes()


@pytest.mark.parametrize("lang, words", [("en", "Team repository written to"), ("es", "Repositorio del equipo creado en")])
def test_the_new_team_is_told_the_next_step_in_its_language(tmp_path, lang, words):
    team = tmp_path / "equipo cóndor"
    done = subprocess.run([sys.executable, "-m", "puente", "--lang", lang, "capstone", "new", str(team)], cwd=REPO,
                          env={**os.environ, "PUENTE_LANG": "en" if lang == "es" else "es"}, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert words in done.stdout and (team / "capstone.toml").is_file()
