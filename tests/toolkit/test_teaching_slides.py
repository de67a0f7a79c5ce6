"""Slides are generated from the lesson itself: its title, questions, sections, included code, key points."""

from pathlib import Path

from puente.manifest import load_manifest
from puente.teaching.slides import build_deck

REPO = Path(__file__).resolve().parents[2]


def test_a_deck_follows_its_lesson_in_spanish():
    manifest = load_manifest(REPO)
    deck = build_deck(REPO, manifest, "m02_dvc", "es")
    lesson = (REPO / "modules" / "m02_dvc" / "index.es.md").read_text(encoding="utf-8")
    assert deck.slides[0].startswith(f"# {manifest.get_module('m02_dvc').title.es}")
    assert deck.slides[1].startswith("## Preguntas\n\n- ¿Por qué no basta con versionar el código")
    headings = [line[3:].split(" {#")[0] for line in lesson.splitlines() if line.startswith("## ") and "Fuentes" not in line]
    assert [s.splitlines()[0][3:] for s in deck.slides[3 : 3 + len(headings)]] == headings
    assert deck.slides[-1].startswith("## Puntos clave\n\n- ")
    assert "`puente check track_and_push`" in deck.slides[-2]


def test_an_included_code_file_is_shown_from_the_real_file():
    deck = build_deck(REPO, load_manifest(REPO), "m02_dvc", "en")
    tracking = next(s for s in deck.slides if s.startswith("## Tracking data with DVC"))
    first_line = (REPO / "modules" / "m02_dvc" / "examples" / "track_data.sh").read_text().splitlines()[0]
    assert f"```bash\n{first_line}\n" in tracking
    assert "--8<--" not in deck.markdown()
