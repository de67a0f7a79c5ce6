"""Slides for each module, generated from its lesson (never a second, hand-kept copy of the content).

A deck is Marp Markdown (https://marp.app): the title and goal from course.toml, the lesson's
Questions and Objectives, one slide per section (its opening paragraph and its first included
code file), the exercises, and the Key points. `puente slides OUT` renders the decks to HTML with
Marp CLI (an npm tool: `make slides`); the Markdown is useful on its own too.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from puente.manifest import Manifest

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
ADMONITION = re.compile(r'^!!! (\w+) "([^"]+)"\n((?:(?:    .*)?\n)+)', re.MULTILINE)
SNIPPET = re.compile(r'^--8<-- "([^"]+)"', re.MULTILINE)
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")  # a lesson's relative link would break in a deck: keep its text
SECTION = re.compile(r"^## (.+?)(?:\s*\{#[\w-]+\})?\s*$", re.MULTILINE)
SKIPPED_SECTIONS = {"sources", "fuentes", "referencias"}
MAX_CODE_LINES = 14
WORDS = {
    "en": {"questions": "Questions", "objectives": "Objectives", "key points": "Key points", "exercises": "Exercises"},
    "es": {"questions": "Preguntas", "objectives": "Objetivos", "key points": "Puntos clave", "exercises": "Ejercicios"},
}
KIND = {"question": "questions", "abstract": "objectives", "success": "key points"}


@dataclass
class Deck:
    module: str
    lang: str
    slides: list[str]

    def markdown(self) -> str:
        header = "---\nmarp: true\npaginate: true\ntheme: default\n---\n\n"
        return header + "\n\n---\n\n".join(self.slides) + "\n"


def lesson_page(root: Path, module_id: str, lang: str) -> Path:
    english = root / "modules" / module_id / "index.md"
    return english.with_name("index.es.md") if lang == "es" else english


def build_deck(root: Path, manifest: Manifest, module_id: str, lang: str) -> Deck:
    module = manifest.get_module(module_id)
    text = FRONT_MATTER.sub("", lesson_page(root, module_id, lang).read_text(encoding="utf-8"))
    boxes = {KIND[kind]: _items(body) for kind, _, body in ADMONITION.findall(text) if kind in KIND}
    words = WORDS[lang]
    slides = [f"# {module.title(lang)}\n\n{module.goal(lang)}"]
    for key in ("questions", "objectives"):
        if boxes.get(key):
            slides.append(f"## {words[key]}\n\n" + "\n".join(f"- {item}" for item in boxes[key]))
    slides += [_section_slide(root, title, body) for title, body in _sections(text) if title.lower() not in SKIPPED_SECTIONS]
    exercises = manifest.exercises_of(module_id)
    if exercises:
        slides.append(f"## {words['exercises']}\n\n" + "\n".join(f"- `puente check {e.id}`: {e.title(lang)}" for e in exercises))
    if boxes.get("key points"):
        slides.append(f"## {words['key points']}\n\n" + "\n".join(f"- {item}" for item in boxes["key points"]))
    return Deck(module_id, lang, slides)


def _items(body: str) -> list[str]:
    """The list items of an admonition's body, continuation lines joined."""
    items: list[str] = []
    for line in body.splitlines():
        stripped = line.strip()
        if stripped.startswith("- "):
            items.append(stripped[2:])
        elif stripped and items:
            items[-1] += " " + stripped
    return items


def _sections(text: str) -> list[tuple[str, str]]:
    headings = list(SECTION.finditer(text))
    return [(h[1], text[h.end() : (headings[i + 1].start() if i + 1 < len(headings) else len(text))]) for i, h in enumerate(headings)]


def _section_slide(root: Path, title: str, body: str) -> str:
    parts = [f"## {title}"]
    paragraph = _first_paragraph(body)
    if paragraph:
        parts.append(paragraph)
    code = _first_code(root, body)
    if code:
        parts.append(code)
    return "\n\n".join(parts)


def _first_paragraph(body: str) -> str:
    """The section's first prose paragraph, cut after two sentences (a slide is not a page)."""
    for block in re.split(r"\n\s*\n", ADMONITION.sub("", FENCE.sub("", body))):
        lines = [line.strip() for line in block.strip().splitlines()]
        if lines and not lines[0].startswith(("#", "|", "<", "!!!", "???", "-", "*", "1.", "--8<--")):
            sentences = re.split(r"(?<=[.!?:])\s+", LINK.sub(r"\1", " ".join(lines)))
            return " ".join(sentences[:2])
    return ""


def _first_code(root: Path, body: str) -> str:
    """The section's first code block, with a snippet include resolved from the real file it names."""
    fence = FENCE.search(body)
    if not fence:
        return ""
    language, code = fence[1], fence[2]
    include = SNIPPET.search(code)
    if include:
        path = root / include[1].split(":")[0]
        code = path.read_text(encoding="utf-8") if path.is_file() else ""
    lines = [line for line in code.rstrip().splitlines()]
    if not lines:
        return ""
    if len(lines) > MAX_CODE_LINES:
        lines = [*lines[:MAX_CODE_LINES], "…"]
    return f"```{language}\n" + "\n".join(lines) + "\n```"
