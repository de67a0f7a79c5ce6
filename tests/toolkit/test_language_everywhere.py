"""A learner in Spanish reads no English sentence, and a learner in English no Spanish one.

Everything the toolkit prints is collected (tests/toolkit/language_transcript.py): `puente check`
of every exercise on the untouched stubs and on a broken copy of each solution, doctor, list,
hint, progress, welcome, `--help` of every command and the bad-input errors. The detector of
each language is built from that language's own texts (the catalog, the graded tests' `say()`
texts, the manifest, the exercise files' comments and docstrings), minus what both languages
share, so it cannot pass by accident: a message left untranslated is found by its own words.
"""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from puente.i18n import MESSAGES
from puente.language_checks import ES_CELL, ES_LINE, POR_HACER, exercise_files, hints_of
from puente.manifest import load_manifest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("language_transcript.py")
NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "site", ".puente", "__pycache__", "test-artifacts", "artifacts", "node_modules")
WINDOW = 3  # words in a row that make a sentence fragment
# Exercises whose graded tests another engineer is rewriting right now (issue 16: train_script,
# quality_gate, package_metadata and module 05's tests). Remove an id here once its tests use say().
PENDING = {"train_script", "quality_gate", "package_metadata", "serving_schemas", "serving_endpoints", "vectorised_batch", "real_server"}
WORD = re.compile(r"^[a-záéíóúñü]+(?:'[a-z]+)?$")
CODE = re.compile(r"`[^`]*`|\{[^}]*\}|https?://\S+")
NOT_PROSE = re.compile(r"[_/\\.=<>\[\]()0-9@#$:{}`|*+]")
# `--help`'s parameter column ("exercise <str>", "--out <path>"): a name, not a word of the sentence
PARAMETER_NAME = re.compile(r"[-\w]+\s+<\w+>")
# an exception the learner's own module raised, with the learner's own message (the broken tree's solutions)
LEARNERS_OWN_ERROR = re.compile(r"^\s*m\d\d_\w+(?:\.\w+)*\.\w+(?:Error|Exception): ")


def words(text: str) -> list[str]:
    """The prose words of a text: no code, names, paths, numbers or quoted values ('assets')."""
    found = []
    for token in CODE.sub(" ", text.lower()).split():
        if token[0] in "'\"[(":
            continue  # a quoted value or a list of them, not a word of the sentence
        token = token.lstrip("¿¡").rstrip(".,:;!?)\"'")
        if token and not NOT_PROSE.search(token) and WORD.match(token):
            found.append(token)
    return found


def fragments(text: str) -> set[tuple[str, ...]]:
    """Every run of WINDOW words, and every two-word run (a short message such as "unknown exercise")."""
    tokens = words(text)
    return {tuple(tokens[i:i + n]) for n in (2, WINDOW) for i in range(len(tokens) - n + 1)}


def sentences(text: str, whole: bool = True) -> set[tuple[str, ...]]:
    """What a text contributes to its language's detector: its WINDOW-word runs (not across a field),
    and a two-word message whole."""
    grams = set()
    if whole and len(words(text)) == 2:
        grams.add(tuple(words(text)))
    for chunk in re.split(r"\{[^}]*\}|`[^`]*`", text):
        tokens = words(chunk)
        grams |= {tuple(tokens[i:i + WINDOW]) for i in range(len(tokens) - WINDOW + 1)}
    return grams


def say_texts(folder: Path) -> dict[str, list[str]]:
    """The en= and es= texts of every say() call under a folder."""
    found: dict[str, list[str]] = {"en": [], "es": []}
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "say":
                for keyword in node.keywords:
                    if keyword.arg in found and isinstance(keyword.value, ast.Constant):
                        found[keyword.arg].append(keyword.value.value)
    return found


def exercise_texts(root: Path) -> dict[str, list[str]]:
    """English and Spanish lines of the exercise files (comments, docstrings, notebook cells)."""
    found: dict[str, list[str]] = {"en": [], "es": []}
    modules = [m.id for m in load_manifest(root).module]
    for path in exercise_files(root, modules):
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            body = line.strip().strip('"').strip(",").strip('"').lstrip("#").strip().removesuffix("\\n")
            if not body:
                continue
            spanish = body.startswith((POR_HACER, ES_LINE, ES_CELL))
            if line.strip().startswith(("#", '"')) or spanish:
                found["es" if spanish else "en"].append(body)
    return found


@pytest.fixture(scope="module")
def detectors() -> dict[str, set[tuple[str, ...]]]:
    """lang -> the word sequences that only that language's texts contain."""
    catalog = {"en": [en for en, _ in MESSAGES.values()], "es": [es for _, es in MESSAGES.values()]}
    texts = {"en": [], "es": []}
    for en, es in hints_of(REPO):
        texts["en"].append(en)
        texts["es"].append(es)
    for found in (say_texts(REPO / "tests"), say_texts(REPO / "src"), exercise_texts(REPO)):
        for lang in texts:
            texts[lang] += found[lang]
    # a two-word message counts whole only from the catalog ("unknown exercise"); elsewhere runs of WINDOW words
    grams = {lang: set().union(*(sentences(t) for t in catalog[lang]), *(sentences(t, whole=False) for t in texts[lang])) for lang in texts}
    texts = {lang: catalog[lang] + texts[lang] for lang in texts}
    everything = {lang: set().union(*(fragments(t) for t in items)) for lang, items in texts.items()}
    return {lang: grams[lang] - everything["es" if lang == "en" else "en"] for lang in grams}


def course_copy(folder: Path, broken: bool) -> Path:
    """The course in a new git repository; `broken`: exercises/ holds each solution with one bug."""
    course = folder / "course"
    shutil.copytree(REPO, course, ignore=NOT_COPIED)
    if broken:
        shutil.rmtree(course / "exercises")
        shutil.copytree(course / "solutions", course / "exercises")
        for exercise in load_manifest(course).exercise:
            for relative in exercise.paths("exercises"):
                break_file(course / relative)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "course"]):
        subprocess.run(["git", "-c", "user.name=Puente", "-c", "user.email=puente@example.org", *args], cwd=course, check=True, capture_output=True)
    return course


def break_file(path: Path) -> None:
    """One bug in a correct file: a wrong return value, an assert that checks nothing, a lost last step."""
    if path.is_dir():
        candidates = sorted(p for p in path.rglob("*.py") if p.name != "__init__.py")
        if candidates:
            break_file(candidates[0])
        return
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".py":
        broken, count = re.subn(r"^(\s+)return (?!None\b).+$", r"\1return None", text, count=1, flags=re.M)
        if not count:
            broken = re.sub(r"^(\s+)assert ", r"\1assert True or ", text, count=1, flags=re.M)
    elif path.suffix == ".ipynb":
        broken = re.sub(r"metrics\.json", "metrics.txt", text)
    else:
        lines = text.rstrip("\n").splitlines()
        broken = "\n".join(lines[:-1]) + "\n"
    path.write_text(broken, encoding="utf-8")


def transcripts(tmp_path: Path) -> dict[tuple[str, str], str]:
    """(lang, tree) -> what the toolkit printed; the four runs go side by side."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
    env.update(COLUMNS="300", NO_COLOR="1")
    runs = {}
    for tree in ("stubs", "broken"):
        for lang in ("es", "en"):
            course = course_copy(tmp_path / f"{tree}-{lang}", broken=tree == "broken")
            command = [sys.executable, str(SCRIPT), lang, str(course), *(["--cli"] if tree == "stubs" else [])]
            runs[lang, tree] = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return {key: process.communicate(timeout=3000)[0] for key, process in runs.items()}


def leaks(printed: str, foreign: set[tuple[str, ...]]) -> list[str]:
    """Lines of `printed` holding a word sequence of the other language (pending exercises left out)."""
    found, skipping = [], False
    for line in printed.splitlines():
        if line.startswith("$ puente check "):
            skipping = line.split()[-1] in PENDING
        if skipping or LEARNERS_OWN_ERROR.match(line):
            continue
        hits = fragments(PARAMETER_NAME.sub(" ", line)) & foreign
        if hits:
            found.append(f"{line.strip()[:160]}  <- {' '.join(sorted(hits)[0])!r}")
    return found


@pytest.mark.slow
@pytest.mark.timeout(3600)  # four full graded runs side by side: several minutes on a busy machine
def test_each_language_is_spoken_everywhere(tmp_path, detectors):
    printed = transcripts(tmp_path)
    for (lang, tree), text in printed.items():
        assert "Traceback" not in text, f"{lang}, {tree}: a traceback reached the learner:\n{text[-3000:]}"
        assert text.count("$ puente check ") == len(load_manifest(REPO).exercise), f"{lang}, {tree}: not every exercise was checked"
    assert "Revisando first_look" in printed["es", "stubs"] and "Checking first_look" in printed["en", "stubs"]
    assert "Uso: puente" in printed["es", "stubs"] and "Usage: puente" in printed["en", "stubs"]
    problems = {f"{lang}, {tree}": leaks(text, detectors["en" if lang == "es" else "es"]) for (lang, tree), text in printed.items()}
    assert not any(problems.values()), "\n".join(f"[{where}] {line}" for where, lines in problems.items() for line in lines)


def test_the_detectors_know_each_language(detectors):
    """The detectors would catch an untranslated message: they hold the catalog's own sentences."""
    assert fragments("No graded test ran for first_look") & detectors["en"]
    assert fragments("No corrió ninguna prueba calificada de first_look") & detectors["es"]
    assert not fragments("Revisando first_look — Primera mirada a las solicitudes") & detectors["en"]
    assert leaks("error: unknown exercise 'primera_mirada' — solución: `puente list`", detectors["en"])
