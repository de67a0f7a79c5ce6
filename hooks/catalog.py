"""The course map and the exercise catalog, written at build time from course.toml.

A page asks for them with a marker line: `<!-- puente:course-map -->` (module, what you will
be able to do, time, exercises) or `<!-- puente:exercise-catalog -->` (one section per
module: each exercise with its points, estimated minutes and `puente check` command). Nothing
is copied by hand, so the site can never disagree with the CLI and the grader.
"""

import posixpath
from pathlib import Path

from site_languages import course_root, current_language

from puente.i18n import MESSAGES, format_message
from puente.manifest import Manifest, Module, load_manifest

COURSE_MAP = "<!-- puente:course-map -->"
EXERCISE_CATALOG = "<!-- puente:exercise-catalog -->"
CATALOG_PAGE = "exercises.md"

# The site's words live in the toolkit's one catalog (puente/catalog.py, keys `site.*`).
WORDS = {lang: {key.removeprefix("site."): texts[index] for key, texts in MESSAGES.items() if key.startswith("site.")}
         for index, lang in enumerate(("en", "es"))}


def on_page_markdown(markdown, page, config, files):
    if COURSE_MAP not in markdown and EXERCISE_CATALOG not in markdown:
        return markdown
    manifest = load_manifest(course_root(config))
    lang = current_language(config)
    here = posixpath.dirname(page.file.src_uri)
    docs_dir = Path(config.docs_dir)

    def link(target: str) -> str | None:
        """The target relative to this page; None for a lesson not written yet (the nav warns)."""
        if not (docs_dir / target).is_file():
            return None
        return posixpath.relpath(target, here or ".")

    markdown = markdown.replace(COURSE_MAP, course_map(manifest, lang, link))
    return markdown.replace(EXERCISE_CATALOG, exercise_catalog(manifest, lang, link))


def module_label(module: Module, lang: str) -> str:
    """`00 · Welcome: the wall of confusion`: the number keeps the teaching order visible."""
    return f"{module.id[1:3]} · {module.title(lang)}"


def linked(text: str, target: str | None) -> str:
    return f"[{text}]({target})" if target else text


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|")


def duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def course_map(manifest: Manifest, lang: str, link) -> str:
    words = WORDS[lang]
    rows = [
        f"| {words['module']} | {words['able']} | {words['time']} | {words['exercises']} |",
        "| --- | --- | --- | --- |",
    ]
    for module in manifest.module:
        exercises = manifest.exercises_of(module.id)
        count = format_message(words["count"], lang, n=len(exercises), points=sum(e.points for e in exercises))
        rows.append(
            f"| {linked(module_label(module, lang), link(module.id + '/index.md'))} | {cell(module.goal(lang))} "
            f"| {duration(module.minutes)} | [{count}]({link(CATALOG_PAGE)}#{module.id}) |"
        )
    total = sum(module.minutes for module in manifest.module)
    rows.append(f"| **{words['total']}** | | **{duration(total)}** | |")
    return "\n".join(rows)


def exercise_catalog(manifest: Manifest, lang: str, link) -> str:
    words = WORDS[lang]
    sections = []
    for module in manifest.module:
        lesson = link(module.id + "/index.md")
        lines = [
            f"## {module_label(module, lang)} {{#{module.id}}}",
            "",
            f"{module.goal(lang)} {linked(words['lesson'], lesson)} · {duration(module.minutes)}",
            "",
        ]
        exercises = manifest.exercises_of(module.id)
        if not exercises:
            sections.append("\n".join([*lines, words["none"]]))
            continue
        lines += [
            '<div class="puente-catalog" markdown>',
            "",
            f"| {words['exercise']} | {words['points']} | {words['minutes']} | {words['check']} |",
            "| --- | ---: | ---: | --- |",
        ]
        for exercise in exercises:
            anchor = f"#{exercise.lesson_section}" if exercise.lesson_section else ""
            title = linked(cell(exercise.title(lang)), lesson and lesson + anchor)
            lines.append(
                f"| **{title}**<br>{cell(exercise.objective(lang))} "
                f"| {exercise.points} | {exercise.minutes} | `puente check {exercise.id}` |"
            )
        lines.append(
            f"| **{words['total']}** | **{sum(e.points for e in exercises)}** "
            f"| **{sum(e.minutes for e in exercises)}** | |"
        )
        lines += ["", "</div>"]
        sections.append("\n".join(lines))
    return "\n\n".join(sections)
