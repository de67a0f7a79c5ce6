"""Module minutes live in course.toml; each lesson's front matter must agree with it (`verify --static`).

A lesson says how long it takes in its front matter (`teaching:` and `exercises:` minutes), the
manifest says it again (a module's `minutes`, each exercise's `minutes`). Two numbers for one fact
drift apart, so course.toml is the truth and this check names every page that disagrees:
teaching + exercises must equal the module's minutes, and exercises must equal the sum of the
module's exercise minutes.
"""

import re
from pathlib import Path

import yaml

FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


def front_matter(page: Path) -> dict:
    """The YAML between the first two `---` lines of a page ({} when there is none or it is broken)."""
    found = FRONT_MATTER.match(page.read_text(encoding="utf-8"))
    try:
        data = yaml.safe_load(found[1]) if found else {}
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def minutes_problems(root: Path, manifest, module_id: str) -> list[tuple[bool, str]]:
    """(ok, what) per lesson page of the module: its minutes against course.toml's."""
    module = manifest.get_module(module_id)
    exercise_minutes = sum(e.minutes for e in manifest.exercises_of(module_id))
    english = root / module.lesson
    results = []
    for page in (english, english.with_name("index.es.md")):
        if not page.is_file():
            continue  # a missing page is reported by the layout and language checks
        where = page.relative_to(root)
        data = front_matter(page)
        teaching, exercises = data.get("teaching"), data.get("exercises")
        if not (type(teaching) is int and type(exercises) is int):
            results.append((False, f"{where}: front matter needs whole numbers `teaching:` and `exercises:` (minutes), got {teaching!r} and {exercises!r}"))
            continue
        results.append((teaching + exercises == module.minutes,
                        f"{where}: teaching {teaching} + exercises {exercises} = {teaching + exercises} minutes, "
                        f"course.toml says {module_id} takes {module.minutes}"))
        results.append((exercises == exercise_minutes,
                        f"{where}: exercises {exercises} minutes, course.toml's exercises of {module_id} add up to {exercise_minutes}"))
    return results
