"""Lessons without answers: every place a page includes a file of `solutions/` (a snippet line
`--8<-- "solutions/..."`, usually inside a `??? success` block) becomes a hint.

The smallest block around the include is replaced: its collapsible admonition (`???`, `???+`),
else its fenced code block, else the include line itself. The hint is the exercise's first hint
from course.toml and says where solutions come from.
"""

import re
from dataclasses import dataclass

from puente.manifest import Manifest

SOLUTION_INCLUDE = re.compile(r"""^\s*-+8<-+\s+["']?(solutions/[^"'\s:]+)""")
BLOCK_DELIMITER = re.compile(r"^\s*-+8<-+\s*$")
BLOCK_PATH = re.compile(r"""^\s*["']?(solutions/[^"'\s:]+)""")
COLLAPSIBLE = re.compile(r"^\s*\?\?\?\+?\s+\w")
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})")

WORDS = {
    "en": ("Hint", "Solutions come from your instructor: `puente catchup --from FILE` applies the file they release."),
    "es": ("Pista", "Las soluciones se las entrega su instructor: `puente catchup --from ARCHIVO` aplica el archivo que publique."),
}


@dataclass
class Region:
    start: int
    end: int  # exclusive
    indent: str
    solution: str


def reduce_solution_includes(markdown: str, manifest: Manifest, lang: str) -> tuple[str, int]:
    """The page with each solution include reduced to a hint, and how many blocks were replaced."""
    lines = markdown.split("\n")
    regions = _merge([_region(lines, i, path) for i, path in _solution_lines(lines)])
    for region in reversed(regions):
        lines[region.start : region.end] = _hint_block(region, manifest, lang)
    return "\n".join(lines), len(regions)


def _solution_lines(lines: list[str]) -> list[tuple[int, str]]:
    found, inside_block = [], False
    for i, line in enumerate(lines):
        if BLOCK_DELIMITER.match(line):
            inside_block = not inside_block
            continue
        match = SOLUTION_INCLUDE.match(line) or (BLOCK_PATH.match(line) if inside_block else None)
        if match:
            found.append((i, match[1]))
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _region(lines: list[str], i: int, solution: str) -> Region:
    header = _enclosing_collapsible(lines, i)
    if header is not None:
        return Region(header, _block_end(lines, header), lines[header][: _indent(lines[header])], solution)
    fence = _enclosing_fence(lines, i)
    if fence is not None:
        return Region(*fence, lines[fence[0]][: _indent(lines[fence[0]])], solution)
    start, end = i, i + 1
    if start > 0 and BLOCK_DELIMITER.match(lines[start - 1]):
        start -= 1
        while end < len(lines) and not BLOCK_DELIMITER.match(lines[end]):
            end += 1
        end = min(end + 1, len(lines))
    return Region(start, end, lines[i][: _indent(lines[i])], solution)


def _enclosing_collapsible(lines: list[str], i: int) -> int | None:
    """The nearest `???` header above line i whose indented body holds line i."""
    level = _indent(lines[i])
    for j in range(i - 1, -1, -1):
        if not lines[j].strip() or _indent(lines[j]) >= level:
            continue
        level = _indent(lines[j])
        if COLLAPSIBLE.match(lines[j]):
            return j
        if level == 0:
            return None
    return None


def _block_end(lines: list[str], header: int) -> int:
    level, end = _indent(lines[header]), header + 1
    for j in range(header + 1, len(lines)):
        if lines[j].strip() and _indent(lines[j]) <= level:
            break
        if lines[j].strip():
            end = j + 1
    return end


def _enclosing_fence(lines: list[str], i: int) -> tuple[int, int] | None:
    opened = None
    for j, line in enumerate(lines):
        fence = FENCE.match(line)
        if not fence:
            continue
        if opened is None:
            opened = (j, fence[2])
        elif line.strip().startswith(opened[1]) and not line.strip().strip(opened[1][0]):
            if opened[0] < i < j:
                return opened[0], j + 1
            opened = None
    return None


def _merge(regions: list[Region]) -> list[Region]:
    merged: list[Region] = []
    for region in sorted(regions, key=lambda r: (r.start, -r.end)):
        if merged and region.start < merged[-1].end:
            continue
        merged.append(region)
    return merged


def _hint_block(region: Region, manifest: Manifest, lang: str) -> list[str]:
    title, where = WORDS.get(lang, WORDS["en"])
    body = []
    exercise = _exercise_of(region.solution, manifest)
    if exercise is not None:
        body += [f"{exercise.hints[0](lang)} (`puente hint {exercise.id}`)", ""]
    body.append(where)
    pad = region.indent + "    "
    return [f'{region.indent}??? tip "{title}"'] + [pad + line if line else "" for line in body]


def _exercise_of(solution: str, manifest: Manifest):
    parts = solution.split("/")
    if len(parts) < 3:
        return None
    module, name = parts[1], "/".join(parts[2:])
    exercises = manifest.exercises_of(module)
    for exercise in exercises:
        if any(name == f or name.startswith(f.rstrip("/") + "/") for f in exercise.files):
            return exercise
    return exercises[0] if exercises else None
