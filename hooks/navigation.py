"""The site's navigation, written for each language from course.toml: modules in teaching order,
titled as the manifest titles them, each lesson followed by its notebooks.

A module listed in course.toml whose lesson page is missing is a warning (so `--strict` fails):
the published course must not drop a module silently.
"""

import json
from pathlib import Path

from catalog import module_label
from mkdocs.plugins import event_priority, get_plugin_logger
from site_languages import course_root, i18n, is_translation, localized
from teaching import notes_pages

from instructors import INLINE_MARKUP, guide_pages
from puente.i18n import MESSAGES
from puente.manifest import load_manifest

log = get_plugin_logger("navigation")

LABELS = {lang: {key.removeprefix("site."): texts[index] for key, texts in MESSAGES.items() if key.startswith("site.")}
          for index, lang in enumerate(("en", "es"))}  # the toolkit's one catalog, keys `site.*`
TEACHING_LABELS = {"en": {"quiz": "Self-check", "notes": "Module notes"}, "es": {"quiz": "Autoevaluación", "notes": "Notas por módulo"}}


@event_priority(-110)
def on_config(config):
    """Runs after i18n's on_config, once per language build."""
    plugin = i18n(config)
    lang = plugin.current_language
    words = LABELS[lang]
    docs_dir = Path(config.docs_dir)
    manifest = load_manifest(course_root(config))

    modules = []
    for module in manifest.module:
        lesson = f"{module.id}/index.md"
        if not (docs_dir / lesson).is_file():
            log.warning(f"course.toml lists module '{module.id}' but modules/{lesson} is missing; write the lesson")
            continue
        notebooks = [
            {MESSAGES.get(f"site.notebook.{path.stem}", (None, None))[lang == "es"] or notebook_title(localized(path, lang, plugin.default_language)):
             f"{module.id}/{path.name}"}
            for path in sorted((docs_dir / module.id).glob("*.ipynb"))
            if not is_translation(path, plugin.all_languages)
        ]
        quiz = [{TEACHING_LABELS[lang]["quiz"]: f"{module.id}/quiz.md"}] if (docs_dir / module.id / "quiz.md").is_file() else []
        title = module_label(module, lang)
        pages = [*notebooks, *quiz]
        modules.append({title: [{words["lesson"]: lesson}, *pages]} if pages else {title: lesson})

    instructors = [{words["overview"]: "instructors/index.md"}]
    instructors += [{title: src_uri} for src_uri, title, _ in guide_pages(config)]
    notes = [{title: src_uri} for src_uri, title, _ in notes_pages(config)]
    if notes:
        instructors.append({TEACHING_LABELS[lang]["notes"]: notes})

    config.nav = [
        {words["home"]: "index.md"},
        {words["start"]: "start.md"},
        {words["modules"]: modules},
        {words["catalog"]: "exercises.md"},
        {words["glossary"]: "glossary.md"},
        {words["instructors"]: instructors},
    ]
    return config


def notebook_title(path: Path) -> str:
    """The notebook's first `# ` heading, else its file name in words."""
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            for line in "".join(cell.get("source", "")).splitlines():
                if line.startswith("# "):
                    return INLINE_MARKUP.sub("", line[2:]).strip()
    return path.name.split(".")[0].replace("_", " ").capitalize()
