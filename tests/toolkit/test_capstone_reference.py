"""The reference team reads the same brief, data version and DVC settings the starter writes (instructor edition only)."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STUB = REPO / "exercises" / "m08_capstone" / "team"
REFERENCE = REPO / "solutions" / "m08_capstone" / "team"


def test_the_reference_team_reads_the_brief_the_starter_writes():
    for name in ("brief/prices.yaml", "brief/traffic.yaml", "data/wa_churn.csv.dvc", ".dvc/config"):
        assert (STUB / name).read_bytes() == (REFERENCE / name).read_bytes(), name
