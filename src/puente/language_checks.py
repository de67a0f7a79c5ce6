"""`verify --static`, language part: one vocabulary, and nothing a learner reads in one language only.

- Spanish pages, hints and catalog texts never use a variant the glossary lists to avoid
  (`modules/glossary.md`, last column); code, link targets, quoted titles and italic quotations
  of the English term (*drift*) are not prose and are skipped.
- Every catalog message has both languages, naming the same fields.
- Every learner-facing line of an exercise file has its Spanish twin (CONTRIBUTING / common
  convention): `# TODO:` then `# POR HACER:`, other comments then `# ES:`, docstrings with an
  `ES: ` paragraph, notebook markdown cells and Markdown files with a `**ES:**` paragraph.
"""

import ast
import json
import re
import string
import tomllib
from dataclasses import dataclass
from pathlib import Path

from puente.i18n import MESSAGES, detect_language, tr

GLOSSARY = "modules/glossary.md"
TODO, POR_HACER, ES_LINE, ES_PARAGRAPH, ES_CELL = "TODO:", "POR HACER:", "ES:", "ES: ", "**ES:**"
# Comments that are for tools, not for people.
TOOL_COMMENT = re.compile(r"^#\s*(noqa|type:|fmt:|pragma|ruff:|pylint:|-\*-)|^#!")
CODE_SUFFIXES = {".py", ".sh", ".yaml", ".yml", ".toml", ".cfg", ".txt"}
MARKDOWN_SUFFIXES = {".md"}


@dataclass
class Finding:
    ok: bool
    what: str


def language_findings(root: Path, modules: list[str], stubs_root: Path | None = None) -> list[Finding]:
    """All language checks of `verify --static`; one finding per problem, or one passing finding.

    Exercise files are read from `stubs_root` (the committed tree verify checks), so a learner's work in
    progress, written in one language, never counts against the course's stubs.
    """
    lang = detect_language()
    tree = stubs_root or root
    problems = [
        *(tr("verify.glossary_variant", **hit).text(lang) for hit in glossary_hits(root, modules)),
        *catalog_problems(lang),
        *(problem for path in exercise_files(tree, modules) for problem in twin_problems(path, tree, lang)),
    ]
    if not problems:
        return [Finding(True, tr("verify.language_ok").text(lang))]
    return [Finding(False, problem) for problem in problems]


# -- the glossary ----------------------------------------------------------------------------------


def glossary_variants(root: Path) -> dict[str, str]:
    """variant (lower case) -> the course's Spanish form, from the glossary table's last two columns."""
    path = root / GLOSSARY
    variants: dict[str, str] = {}
    if not path.is_file():
        return variants
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 3 or set(cells[2]) <= set("-: ") or cells[2].lower().startswith(("spanish", "variantes")):
            continue
        for variant in cells[2].split(","):
            variant = variant.strip().strip("`").strip()
            if variant and variant not in ("—", "-"):
                variants[variant.lower()] = cells[1]
    return variants


FENCE = re.compile(r"^\s*(```|~~~)")
NOT_PROSE = [
    re.compile(r"`[^`]*`"),                     # inline code
    re.compile(r"\]\([^)]*\)"),                 # link targets
    re.compile(r"<[^>]+>"),                     # HTML tags and their attributes
    re.compile(r"https?://\S+"),                # addresses
    re.compile(r"(?<![\w*])\*[^*\s][^*]*\*(?!\*)"),  # *italic*: an English term quoted
    re.compile(r"(?<!\w)_[^_\s][^_]*_(?!\w)"),  # _italic_
    re.compile(r"\"[^\"]*\"|“[^”]*”"),          # "quoted titles"
    re.compile(r"\{#[\w-]+\}"),                 # heading ids
]


def prose(line: str, quote_open: bool = False) -> str:
    """The words of a line that are the page's own: no code, addresses, quotations or italic terms.

    `quote_open`: the line continues a quotation opened on the line above (a title that wraps).
    """
    if quote_open and '"' in line:
        line = line.split('"', 1)[1]
    elif quote_open:
        return ""
    for pattern in NOT_PROSE:
        line = pattern.sub(" ", line)
    return line.split('"', 1)[0]  # a quotation that goes on to the next line


def quote_states(lines: list[str]) -> list[bool]:
    """For each line, whether a double-quoted title opened on an earlier line is still open."""
    states, open_ = [], False
    for line in lines:
        states.append(open_)
        if line.count('"') % 2:
            open_ = not open_
    return states


def find_variants(text: str, variants: dict[str, str], quote_open: bool = False) -> list[tuple[str, str]]:
    """(variant, course's form) for every forbidden variant in a line of prose."""
    hits = []
    lowered = prose(text, quote_open).lower()
    for variant, term in variants.items():
        if re.search(r"(?<![\w\-/.])" + re.escape(variant) + r"(?![\w\-/]|\.\w)", lowered):
            hits.append((variant, term))
    return hits


def spanish_texts(root: Path, modules: list[str]) -> list[tuple[str, int, str, bool]]:
    """(file, line, text, inside a wrapped quotation) of the Spanish prose a learner reads: pages, hints and titles, the catalog."""
    texts = []
    pages = sorted((root / "modules").glob("*.es.md")) + sorted((root / "instructors").glob("*.es.md"))
    pages += sorted((root / "modules" / "instructors").glob("*.es.md"))
    for module in modules:
        pages += sorted((root / "modules" / module).rglob("*.es.md"))
    for page in pages:
        if page.name == "glossary.es.md":
            continue
        in_code = False
        lines = page.read_text(encoding="utf-8").splitlines()
        for number, (line, quote_open) in enumerate(zip(lines, quote_states(lines), strict=True), start=1):
            if FENCE.match(line):
                in_code = not in_code
                continue
            if not in_code and "--8<--" not in line:
                texts.append((str(page.relative_to(root)), number, line, quote_open))
    manifest = root / "course.toml"
    if manifest.is_file():
        for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
            for match in re.finditer(r'\bes\s*=\s*"((?:[^"\\]|\\.)*)"', line):
                texts.append(("course.toml", number, match[1], False))
    for key, (_, spanish) in MESSAGES.items():
        texts.append((f"catalog:{key}", 0, spanish, False))
    for path in exercise_files(root, modules):
        for number, line in enumerate(_lines(path), start=1):
            stripped = line.strip().lstrip("#").strip()
            if stripped.startswith((POR_HACER, ES_LINE, ES_CELL)):
                texts.append((str(path.relative_to(root)), number, stripped, False))
    return texts


def glossary_hits(root: Path, modules: list[str]) -> list[dict]:
    variants = glossary_variants(root)
    hits = []
    for where, number, text, quote_open in spanish_texts(root, modules):
        for variant, term in find_variants(text, variants, quote_open):
            hits.append({"where": f"{where}:{number}" if number else where, "variant": variant, "term": term})
    return hits


# -- the catalog -----------------------------------------------------------------------------------


def fields(template: str) -> set[str]:
    names = set()
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is not None and name != "":
            names.add(re.split(r"[.\[!]", name)[0])
        for _, inner, _, _ in string.Formatter().parse(spec or ""):
            if inner:
                names.add(inner)
    return names


def catalog_problems(lang: str, messages: dict | None = None) -> list[str]:
    problems = []
    for key, texts in (MESSAGES if messages is None else messages).items():
        english, spanish = (list(texts) + ["", ""])[:2] if isinstance(texts, (tuple, list)) else ("", "")
        for text, language in ((english, "English" if lang == "en" else "inglés"), (spanish, "Spanish" if lang == "en" else "español")):
            if not isinstance(text, str) or not text.strip():
                problems.append(tr("verify.catalog_language", key=key, language=language).text(lang))
        if english and spanish and fields(english) != fields(spanish):
            differing = ", ".join(sorted(fields(english) ^ fields(spanish)))
            problems.append(tr("verify.catalog_fields", key=key, fields=differing).text(lang))
    return problems


# -- exercise files ----------------------------------------------------------------------------------


def exercise_files(root: Path, modules: list[str]) -> list[Path]:
    files = []
    for module in modules:
        folder = root / "exercises" / module
        if folder.is_dir():
            files += [p for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts
                      and (p.suffix in CODE_SUFFIXES | MARKDOWN_SUFFIXES | {".ipynb"} or p.name == "Dockerfile")]
    return files


def _lines(path: Path) -> list[str]:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        return [line for cell in cells for line in "".join(cell.get("source", "")).splitlines()]
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def twin_problems(path: Path, root: Path, lang: str) -> list[str]:
    where = str(path.relative_to(root))
    if path.suffix == ".ipynb":
        return _notebook_problems(path, where, lang)
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix in MARKDOWN_SUFFIXES:
        return [] if _has_spanish_paragraph(text) or not text.strip() else [tr("verify.cell_no_twin", where=where).text(lang)]
    problems = comment_problems(text.splitlines(), where, lang)
    if path.suffix == ".py":
        problems += docstring_problems(text, where, lang)
    return problems


def comment_problems(lines: list[str], where: str, lang: str, first_line: int = 1) -> list[str]:
    """In each run of comment lines, every English line is followed, within the run, by a Spanish one;
    a `# TODO:` line by a `# POR HACER:` before the next `# TODO:`. A line indented past `# ` continues
    the line above, in its language."""
    problems = []
    block: list[tuple[int, str]] = []

    def close() -> None:
        owed_todo, owed_line = None, None
        for number, comment in block:
            body = comment.lstrip("#").strip()
            if comment.lstrip("#").startswith("  "):
                continue  # an indented continuation: the language of the line above
            if body.startswith(POR_HACER):
                owed_todo, owed_line = None, None
            elif body.startswith(ES_LINE):
                owed_line = None
            elif body.startswith(TODO):
                if owed_todo:
                    problems.append(_no_twin(where, *owed_todo, "# " + POR_HACER, lang))
                owed_todo, owed_line = (number, comment), None
            elif owed_line is None and owed_todo is None:
                owed_line = (number, comment)
        if owed_todo:
            problems.append(_no_twin(where, *owed_todo, "# " + POR_HACER, lang))
        elif owed_line:
            problems.append(_no_twin(where, *owed_line, "# " + ES_LINE, lang))
        block.clear()

    for number, line in enumerate(lines, start=first_line):
        stripped = line.strip()
        code, hash_, comment = line.partition("#")
        if stripped.startswith("#") and not TOOL_COMMENT.match(stripped) and stripped.strip("#").strip():
            block.append((number, stripped))
            continue
        close()
        if hash_ and code.strip() and TODO in comment and "'" not in code and '"' not in code:
            problems.append(_no_twin(where, number, "#" + comment, "# " + POR_HACER, lang))
    close()
    return problems


def _no_twin(where: str, number: int, line: str, expected: str, lang: str) -> str:
    return tr("verify.no_twin", where=f"{where}:{number}", expected=expected, line=line.strip()[:90]).text(lang)


def docstring_problems(text: str, where: str, lang: str) -> list[str]:
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return []
    problems = []
    for node in ast.walk(tree):
        bodies = []
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            bodies = node.body
        for index, statement in enumerate(bodies):
            is_docstring = index == 0 or isinstance(bodies[index - 1], (ast.Assign, ast.AnnAssign))
            if (is_docstring and isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
                    and isinstance(statement.value.value, str) and not _has_spanish_paragraph(statement.value.value, ES_PARAGRAPH)):
                problems.append(tr("verify.docstring_no_twin", where=f"{where}:{statement.lineno}").text(lang))
    return problems


def _has_spanish_paragraph(text: str, marker: str = ES_CELL) -> bool:
    return any(line.strip().startswith(marker) for line in text.splitlines())


def _notebook_problems(path: Path, where: str, lang: str) -> list[str]:
    problems = []
    for number, cell in enumerate(json.loads(path.read_text(encoding="utf-8")).get("cells", []), start=1):
        source = "".join(cell.get("source", ""))
        if not source.strip():
            continue
        if cell.get("cell_type") == "markdown" and not _has_spanish_paragraph(source):
            problems.append(tr("verify.cell_no_twin", where=f"{where} (cell {number})").text(lang))
        elif cell.get("cell_type") == "code":
            problems += comment_problems(source.splitlines(), f"{where} (cell {number})", lang)
    return problems


def hints_of(root: Path) -> list[tuple[str, str]]:
    """(English, Spanish) of every manifest text (used by tests to build detectors)."""
    data = tomllib.loads((root / "course.toml").read_text(encoding="utf-8"))
    found = []

    def walk(value) -> None:
        if isinstance(value, dict):
            if set(value) == {"en", "es"}:
                found.append((value["en"], value["es"]))
            else:
                for item in value.values():
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return found
