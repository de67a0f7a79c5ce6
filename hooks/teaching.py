"""The teaching kit on the site, generated from data so it cannot drift from the course:

- `<!-- puente:quiz -->` in `modules/<module>/quiz.md` becomes that module's self-check
  (modules/<module>/quiz.toml): radio buttons whose chosen option shows its explanation, with a
  small script and no server; without JavaScript every explanation sits in a `<details>`;
- `<!-- puente:syllabus -->` and `<!-- puente:workshop-agenda -->` in the instructor guides become
  the semester and workshop tables of instructors/plan.toml, hours from course.toml's minutes;
- `<!-- puente:module-facts <module> -->` in an instructor's module notes becomes the module's
  objectives, timings, self-check and slides links;
- the module notes (instructors/notes/*.md) become pages under instructors/notes/, and each
  module's slides, generated from its lesson, are written to `slides/<module>.html` of each
  language's site (rendered by Marp CLI when `make tools` installed it).
"""

import html
import re
from pathlib import Path

from mkdocs.plugins import event_priority
from site_languages import add_page, course_root, i18n, localized

from puente.manifest import load_manifest
from puente.teaching.plan import home_hours, load_plan, semester_hours
from puente.teaching.quiz import load_quiz
from puente.teaching.slides_render import render_decks

NOTES_DIR = "instructors/notes"
QUIZ_MARKER = "<!-- puente:quiz -->"
SYLLABUS_MARKER = "<!-- puente:syllabus -->"
AGENDA_MARKER = "<!-- puente:workshop-agenda -->"
FACTS_MARKER = re.compile(r"<!-- puente:module-facts (m\d\d_\w+) -->")
INLINE_CODE = re.compile(r"`([^`]+)`")

WORDS = {
    "en": {
        "week": "Week", "topic": "Topic", "modules": "Modules", "class": "In class (h)", "home": "At home (h)",
        "due": "Due", "milestone": "Capstone", "total": "Total", "part": "Part", "percent": "Weight",
        "time": "Time", "session": "Session", "live": "Live", "demo": "Demo", "homework": "Homework",
        "checkpoint": "Checkpoint", "day": "Day", "taster": "Half-day taster", "show": "Show the explanation of every option",
        "objectives": "Objectives", "timing": "Timing", "exercises": "Exercises", "selfcheck": "Self-check",
        "slides": "Slides", "minutes": "min", "teaching": "teaching and exercises, from course.toml",
        "right": "Right.", "wrong": "Not quite.", "credit_total": "{hours:.0f} hours = {credits} credits × {per} hours",
    },
    "es": {
        "week": "Semana", "topic": "Tema", "modules": "Módulos", "class": "En clase (h)", "home": "En casa (h)",
        "due": "Entrega", "milestone": "Proyecto final", "total": "Total", "part": "Componente", "percent": "Peso",
        "time": "Hora", "session": "Sesión", "live": "En vivo", "demo": "Demostración", "homework": "Tarea",
        "checkpoint": "Punto de control", "day": "Día", "taster": "Muestra de medio día", "show": "Ver la explicación de cada opción",
        "objectives": "Objetivos", "timing": "Tiempos", "exercises": "Ejercicios", "selfcheck": "Autoevaluación",
        "slides": "Diapositivas", "minutes": "min", "teaching": "enseñanza y ejercicios, según course.toml",
        "right": "Correcto.", "wrong": "No exactamente.", "credit_total": "{hours:.0f} horas = {credits} créditos × {per} horas",
    },
}


def notes_pages(config) -> list[tuple[str, str, Path]]:
    """(src_uri, module title, source file) of each module's instructor notes, in manifest order."""
    plugin = i18n(config)
    root = course_root(config)
    folder = root / NOTES_DIR
    manifest = load_manifest(root)
    pages = []
    for module in manifest.module:
        path = folder / f"{module.id}.md"
        if path.is_file():
            source = localized(path, plugin.current_language, plugin.default_language)
            pages.append((f"{NOTES_DIR}/{module.id}.md", module.title(plugin.current_language), source))
    return pages


@event_priority(-110)
def on_files(files, config):
    for src_uri, _, source in notes_pages(config):
        add_page(config, files, src_uri, source)
    return files


def on_post_build(config):
    """The slides go with the instructor notes: built only where the notes are (not in the student edition)."""
    root = course_root(config)
    if not (root / NOTES_DIR).is_dir():
        return
    plugin = i18n(config)
    lang = plugin.current_language
    prefix = "" if lang == plugin.default_language else lang
    render_decks(root, load_manifest(root), lang, Path(config.site_dir) / prefix / "slides")


def on_page_markdown(markdown, page, config, files):
    lang = i18n(config).current_language
    root = course_root(config)
    if QUIZ_MARKER in markdown:
        module_id = Path(page.file.src_uri).parent.name
        markdown = markdown.replace(QUIZ_MARKER, quiz_html(root, module_id, lang))
    if SYLLABUS_MARKER in markdown or AGENDA_MARKER in markdown:
        plan, manifest = load_plan(root), load_manifest(root)
        markdown = markdown.replace(SYLLABUS_MARKER, syllabus_markdown(plan, manifest, lang))
        markdown = markdown.replace(AGENDA_MARKER, agenda_markdown(plan, manifest, lang))
    return FACTS_MARKER.sub(lambda match: module_facts(root, match[1], lang), markdown)


def _inline(text: str) -> str:
    """Plain text with `code` spans, safe inside HTML."""
    return INLINE_CODE.sub(r"<code>\1</code>", html.escape(text))


def quiz_html(root: Path, module_id: str, lang: str) -> str:
    words = WORDS[lang]
    blocks = []
    for number, question in enumerate(load_quiz(root, module_id).question, start=1):
        name = f"{module_id}-{question.id}"
        options, explanations = [], []
        for index, option in enumerate(question.option):
            verdict = words["right"] if option.correct else words["wrong"]
            options.append(
                f'<label><input type="radio" name="{name}" value="{index}" data-correct="{str(option.correct).lower()}"> '
                f"{_inline(option.text(lang))}</label>"
            )
            explanations.append(
                f'<li class="puente-why" data-option="{index}" data-correct="{str(option.correct).lower()}">'
                f"<strong>{_inline(option.text(lang))}</strong>: {verdict} {_inline(option.why(lang))}</li>"
            )
        blocks.append(
            f'<form class="puente-question" id="{name}">\n<p><strong>{number}.</strong> {_inline(question.prompt(lang))}</p>\n'
            + "\n".join(options)
            + '\n<p class="puente-feedback" role="status" aria-live="polite"></p>\n'
            + f'<details><summary>{words["show"]}</summary><ul>{"".join(explanations)}</ul></details>\n</form>'
        )
    return '<div class="puente-quiz">\n' + "\n".join(blocks) + "\n</div>"


def syllabus_markdown(plan, manifest, lang: str) -> str:
    words, semester = WORDS[lang], plan.semester
    rows = [f"| {words['week']} | {words['topic']} | {words['modules']} | {words['class']} | {words['home']} | {words['due']} | {words['milestone']} |",
            "|---|---|---|---:|---:|---|---|"]
    for week in semester.week:
        due = ", ".join(f"`{e.id}`" for module_id in week.due for e in manifest.exercises_of(module_id))
        modules = ", ".join(manifest.get_module(m).title(lang) for m in week.teach)
        milestone = week.milestone(lang) if week.milestone else ""
        rows.append(f"| {week.week} | {week.topic(lang)} | {modules} | {_hours(week.class_hours, lang)} | "
                    f"{_hours(home_hours(week, manifest), lang)} | {due} | {milestone} |")
    total = semester_hours(semester, manifest)
    class_total = sum(w.class_hours for w in semester.week)
    rows.append(f"| **{words['total']}** | | | **{_hours(class_total, lang)}** | **{_hours(total - class_total, lang)}** | | |")
    summary = words["credit_total"].format(hours=total, credits=semester.credits, per=semester.hours_per_credit)
    grading = [f"| {words['part']} | {words['percent']} |", "|---|---:|"]
    grading += [f"| {part.part(lang)} | {part.percent} % |" for part in semester.grading]
    return "\n".join(rows) + f"\n\n**{summary}** ({semester.credit_rule(lang)})\n\n" + "\n".join(grading)


def agenda_markdown(plan, manifest, lang: str) -> str:
    words = WORDS[lang]
    parts = []
    for day in plan.workshop.day:
        parts.append(f"### {words['day']} {day.day}\n\n" + _slot_table(day.slot, manifest, lang))
    parts.append(f"### {words['taster']}\n\n" + _slot_table(plan.workshop.taster, manifest, lang))
    return "\n\n".join(parts)


def _slot_table(slots, manifest, lang: str) -> str:
    words = WORDS[lang]
    rows = [f"| {words['time']} | {words['session']} | {words['live']} | {words['demo']} | {words['homework']} | {words['checkpoint']} |",
            "|---|---|---|---|---|---|"]
    for slot in slots:
        cells = [", ".join(f"`{i}`" for i in ids) for ids in (slot.live, slot.demo, slot.homework)]
        title = slot.title(lang) + (f" — {slot.note(lang)}" if slot.note else "")
        checkpoint = slot.checkpoint(lang) if slot.checkpoint else ""
        rows.append(f"| {slot.start}–{slot.end} | {title} | {cells[0]} | {cells[1]} | {cells[2]} | {checkpoint} |")
    return "\n".join(rows)


def module_facts(root: Path, module_id: str, lang: str) -> str:
    words = WORDS[lang]
    manifest = load_manifest(root)
    module = manifest.get_module(module_id)
    exercises = manifest.exercises_of(module_id)
    objectives = "\n".join(f"- {e.objective(lang)} (`puente check {e.id}`, {e.minutes} {words['minutes']}, {e.points} pts)" for e in exercises)
    # slides/ sits at the root of each language's site (`make slides`); raw HTML, since mkdocs does not build it
    slides = f'<a href="../../../slides/{module_id}.html">{words["slides"]}</a>'
    return (f"**{words['objectives']}**\n\n{objectives}\n\n"
            f"**{words['timing']}**: {module.minutes} {words['minutes']} ({words['teaching']}).\n\n"
            f"**{words['selfcheck']}**: [{words['selfcheck']}](../../{module_id}/quiz.md) · `puente quiz {module_id}` · "
            f"**{words['slides']}**: {slides} (`make slides`)\n")


def _hours(value: float, lang: str) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "es" else text
