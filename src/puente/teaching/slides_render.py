"""Render one language's decks into the built site: HTML with Marp CLI (`make tools`), else a plain page.

Decks land where the instructor notes link to them: `slides/<module>.html` at the root of each
language's site (`es/slides/...` in Spanish), next to their Marp Markdown source.
"""

import html
import shutil
import subprocess
from pathlib import Path

from puente.manifest import Manifest
from puente.teaching.slides import build_deck

MARP_TIMEOUT_S = 600
NOT_RENDERED = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><p>{note}</p><pre>{source}</pre></body></html>
"""
NOTE = {
    "en": "These slides are not rendered on this machine: run `make tools`, then build the site again. Their source:",
    "es": "Estas diapositivas no se generaron en esta máquina: ejecute `make tools` y vuelva a construir el sitio. Su fuente:",
}


def marp_command(root: Path) -> list[str] | None:
    """Marp CLI from the course's own npm tools (`make tools`), else one on PATH, else None."""
    local = root / "node_modules" / ".bin" / "marp"
    if local.is_file():
        return [str(local)]
    found = shutil.which("marp")
    return [found] if found else None


def render_decks(root: Path, manifest: Manifest, lang: str, folder: Path) -> int:
    """Write every module's deck in `lang` into `folder`; returns how many were rendered by Marp."""
    folder.mkdir(parents=True, exist_ok=True)
    decks = {}
    for module in manifest.module:
        deck = build_deck(root, manifest, module.id, lang)
        (folder / f"{module.id}.md").write_text(deck.markdown(), encoding="utf-8")
        decks[module.id] = (module.title(lang), deck.markdown())
    marp = marp_command(root)
    if marp:
        # one Marp run for the folder: its start-up is the slow part
        subprocess.run([*marp, "--no-stdin", "--input-dir", str(folder), "--output", str(folder)],
                       check=True, capture_output=True, text=True, timeout=MARP_TIMEOUT_S)
        return len(decks)
    for module_id, (title, source) in decks.items():
        page = NOT_RENDERED.format(lang=lang, title=html.escape(title), note=html.escape(NOTE[lang]), source=html.escape(source))
        (folder / f"{module_id}.html").write_text(page, encoding="utf-8")
    return 0
