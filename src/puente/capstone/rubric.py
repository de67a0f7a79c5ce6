"""What the "explained" item of the capstone rubric asks of a team's documents, in one place.

Headings are found by their text (a heading may add a translation after it, "## Data (Datos)");
a section's substance is its number of words outside code, once the template's placeholders are gone.
"""

import re
from pathlib import Path

README_SECTIONS = {
    "README.md": ("Problem", "Data", "Model", "How to run", "Service", "Monitoring", "Cost", "Team"),
    "README.es.md": ("Problema", "Datos", "Modelo", "Cómo correrlo", "Servicio", "Monitoreo", "Costo", "Equipo"),
}
MODEL_CARD = "MODEL_CARD.md"
MODEL_CARD_SECTIONS = ("Model details", "Intended use", "Factors", "Metrics", "Evaluation data", "Training data",
                       "Quantitative analyses", "Ethical considerations", "Caveats and recommendations")
"""Mitchell et al. (2019), "Model Cards for Model Reporting", section 4."""
CHARTER = "TEAM.md"
ROLES = ("Data scientist", "Engineer", "Operations", "Business owner")
MIN_WORDS = {"README": 25, MODEL_CARD: 20}
PLACEHOLDER = re.compile(r"TODO|POR HACER|<[^>]*>|\.\.\.")


def sections(text: str) -> dict[str, str]:
    """Level-2 headings (lower case, without a trailing translation in brackets) -> the text under them."""
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        heading = re.match(r"^##\s+(.+?)\s*(?:\(.*\))?\s*$", line)
        if heading:
            current = heading[1].strip().lower()
            found[current] = []
        elif current is not None:
            found[current].append(line)
    return {name: "\n".join(lines) for name, lines in found.items()}


def words(text: str) -> int:
    """Words of prose: no fenced code, no HTML comments, no placeholders."""
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    return len(re.findall(r"[^\W\d_][\w'’-]*", PLACEHOLDER.sub(" ", text)))


def thin_sections(path: Path, wanted: tuple[str, ...], minimum: int) -> dict[str, int]:
    """Each wanted section that is missing (-1) or has fewer than `minimum` words or a placeholder left."""
    found = sections(path.read_text(encoding="utf-8")) if path.is_file() else {}
    thin = {}
    for name in wanted:
        body = found.get(name.lower())
        if body is None:
            thin[name] = -1
        elif words(body) < minimum or PLACEHOLDER.search(body):
            thin[name] = words(body)
        # else: substance enough
    return thin


def unfilled_roles(path: Path) -> list[str]:
    """Roles of the charter with no person's name: a line `- **Role**: Name ...` whose name is not a placeholder."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    missing = []
    for role in ROLES:
        line = re.search(rf"^\s*[-*]\s*\*\*{re.escape(role)}\*\*\s*:\s*(.*)$", text, flags=re.MULTILINE | re.IGNORECASE)
        name = line[1].split(".")[0].strip() if line else ""
        if not name or PLACEHOLDER.search(name) or not re.search(r"[^\W\d_]{2,}", name):
            missing.append(role)
    return missing
