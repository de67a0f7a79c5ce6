"""`puente verify --static` for the teaching kit: plan against the manifest, quizzes, notes, slides.

Returns (ok, what) pairs that verify turns into findings. The instructor-only parts are checked only
where instructors/ exists (the student edition ships quizzes, not the plan or the notes).
"""

from pathlib import Path

from puente.errors import PuenteError
from puente.manifest import Manifest
from puente.teaching.plan import load_plan, plan_problems
from puente.teaching.quiz import load_quiz, quiz_path
from puente.teaching.slides import build_deck

LANGS = ("en", "es")
GUIDE_MARKERS = {"instructors/syllabus": "<!-- puente:syllabus -->", "instructors/workshop-agenda": "<!-- puente:workshop-agenda -->"}
MIN_SLIDES = 5


def teaching_findings(root: Path, manifest: Manifest, modules: list[str]) -> list[tuple[bool, str]]:
    findings = []
    for module_id in modules:
        findings += _quiz_findings(root, module_id)
        findings += _slide_findings(root, manifest, module_id)
    if (root / "instructors").is_dir():
        findings += _plan_findings(root, manifest)
        findings += _guide_findings(root)
        findings += [f for module_id in modules for f in _notes_findings(root, module_id)]
    return findings


def _twins(path_without_suffix: Path) -> list[Path]:
    return [path_without_suffix.with_name(path_without_suffix.name + suffix) for suffix in (".md", ".es.md")]


def _quiz_findings(root: Path, module_id: str) -> list[tuple[bool, str]]:
    from puente.verify import _anchors

    where = quiz_path(root, module_id).relative_to(root)
    try:
        quiz = load_quiz(root, module_id)
    except PuenteError as error:
        return [(False, f"{module_id}: a valid self-check: {error.problem}")]
    findings = [(True, f"{where} is valid: every option of its {len(quiz.question)} questions has an explanation in both languages")]
    lessons = [root / "modules" / module_id / name for name in ("index.md", "index.es.md")]
    anchors = [_anchors(page) if page.is_file() else set() for page in lessons]
    for question in quiz.question:
        findings.append((all(question.section in a for a in anchors), f"{where}: question '{question.id}' checks #{question.section}, a section of the lesson in both languages"))
    for page in _twins(root / "modules" / module_id / "quiz"):
        findings.append((page.is_file() and "<!-- puente:quiz -->" in page.read_text(encoding="utf-8"), f"{page.relative_to(root)} shows the self-check"))
    return findings


def _slide_findings(root: Path, manifest: Manifest, module_id: str) -> list[tuple[bool, str]]:
    findings = []
    for lang in LANGS:
        try:
            deck = build_deck(root, manifest, module_id, lang)
            count = len(deck.slides)
        except (OSError, PuenteError):
            count = 0
        findings.append((count >= MIN_SLIDES, f"{module_id}: its lesson makes a slide deck in {lang} ({count} slides, at least {MIN_SLIDES})"))
    return findings


def _plan_findings(root: Path, manifest: Manifest) -> list[tuple[bool, str]]:
    try:
        problems = plan_problems(load_plan(root), manifest)
    except PuenteError as error:
        return [(False, error.problem)]
    return [(False, problem) for problem in problems] or [(True, "instructors/plan.toml agrees with course.toml (modules due once, exercises in the workshop once, hours add up)")]


def _guide_findings(root: Path) -> list[tuple[bool, str]]:
    findings = []
    for stem, marker in GUIDE_MARKERS.items():
        for page in _twins(root / stem):
            findings.append((page.is_file() and marker in page.read_text(encoding="utf-8"), f"{page.relative_to(root)} exists and shows {marker}"))
    return findings


def _notes_findings(root: Path, module_id: str) -> list[tuple[bool, str]]:
    marker = f"<!-- puente:module-facts {module_id} -->"
    findings = []
    for page in _twins(root / "instructors" / "notes" / module_id):
        ok = page.is_file() and marker in page.read_text(encoding="utf-8")
        findings.append((ok, f"{page.relative_to(root)} exists with the module's facts, self-check and slides ({marker})"))
    return findings
