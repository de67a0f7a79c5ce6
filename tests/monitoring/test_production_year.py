"""The year in production is deterministic: its bad rates and its drift are pinned month by month."""

from pathlib import Path

import pandas as pd
import pytest

from credit_scoring.production_year import (
    creeping_columns,
    drifted_columns,
    generate_rows,
    labels_as_of,
    production_year,
    read_plan,
)

BAD_PER_MONTH = [395, 439, 454, 426, 421, 438, 432, 578, 600, 570, 564, 545]
"""Bad credits among each month's 1,500 applications: about 29% until the shock of month 8, then about 38%."""


@pytest.fixture(scope="module")
def plan(course_root: Path) -> dict:
    return read_plan(course_root / "params.yaml")


@pytest.fixture(scope="module")
def applications(credit_data_path: Path) -> pd.DataFrame:
    return pd.read_csv(credit_data_path)


@pytest.fixture(scope="module")
def year(applications, plan) -> pd.DataFrame:
    return production_year(applications, plan)


def test_twelve_months_of_fifteen_hundred(year):
    assert year.shape == (18_000, 15)
    assert year.groupby("month").size().tolist() == [1500] * 12


def test_the_bad_credits_of_every_month(year):
    assert year.groupby("month")["status"].apply(lambda s: int((s == "bad").sum())).tolist() == BAD_PER_MONTH


def test_the_same_seed_gives_the_same_year(applications, plan, year):
    pd.testing.assert_frame_equal(production_year(applications, plan), year)
    assert not production_year(applications, {**plan, "seed": 1}).equals(year)


def test_the_drift_plan_month_by_month(plan):
    assert [sorted(drifted_columns(m, plan)) for m in range(1, 13)] == (
        [[]] * 4 + [["job"]] * 3 + [["amount", "income", "job", "records"]] * 5
    )
    assert [m for m in range(1, 13) if creeping_columns(m, plan)] == [2, 3, 4, 5, 6, 7]


def test_the_drift_is_in_the_data(year):
    by_month = year.groupby("month")
    assert (by_month["job"].apply(lambda s: int((s == "gig").sum())).tolist()
            == [0, 0, 0, 0, 232, 232, 232, 230, 221, 215, 270, 254])
    records = by_month["records"].apply(lambda s: (s == "yes").mean()).round(2).tolist()
    assert max(records[:7]) < 0.2 < 0.4 < min(records[7:])
    assert by_month["income"].median().iloc[11] / by_month["income"].median().iloc[0] == pytest.approx(1.04 ** 11, rel=0.05)


def test_labels_arrive_three_months_late(year, plan):
    seen = labels_as_of(year, 6, plan)
    assert (seen == "bad").groupby(year["month"]).sum().tolist() == BAD_PER_MONTH[:3] + [0] * 9


def test_generated_rows_are_deterministic_and_numbered(applications):
    chunks = list(generate_rows(applications, 25, seed=3, chunk_size=10))
    assert [len(c) for c in chunks] == [10, 10, 5]
    assert pd.concat(chunks)["application_id"].tolist() == list(range(25))
    assert chunks[0]["income"].head(5).tolist() == [147.0, 125.0, 188.0, 86.0, 170.0]
    pd.testing.assert_frame_equal(next(generate_rows(applications, 25, seed=3, chunk_size=10)), chunks[0])
