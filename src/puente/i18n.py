"""The CLI speaks English and Spanish: `--lang`, else $PUENTE_LANG, else the locale."""

import locale
import numbers
import os
import string
import sys

MESSAGES: dict[str, tuple[str, str]] = {
    "error": ("error", "error"),
    "fix": ("fix", "solución"),
    "checking": ("Checking {exercise}", "Revisando {exercise}"),
    "passed_all": ("{total:?The test passes|All {total} tests pass}: {points:g} points. Well done!", "{total:?Pasa la prueba|Pasan las {total} pruebas}: {points:g} puntos. ¡Muy bien!"),
    "passed_some": ("{passed} of {total} {total:?test|tests} pass: {points:g} of {max_points:g} points.", "{passed:?Pasa|Pasan} {passed} de {total} {total:?prueba|pruebas}: {points:g} de {max_points:g} puntos."),
    "next_steps_fail": ("Stuck? `puente hint {exercise}` shows a hint; the lesson: {lesson}", "¿Atascado? `puente hint {exercise}` le da una pista; la lección: {lesson}"),
    "next_exercise": ("Next: `puente check {exercise}` ({title})", "Siguiente: `puente check {exercise}` ({title})"),
    "all_done": ("Every exercise passes. Congratulations!", "Todos los ejercicios pasan. ¡Felicitaciones!"),
    "no_tests": ("No graded test ran for {exercise}: is {test_file} there?", "No corrió ninguna prueba calificada de {exercise}: ¿existe {test_file}?"),
    "hint_header": ("Hint {number} of {total} for {exercise}:", "Pista {number} de {total} para {exercise}:"),
    "hint_last": ("That was the last hint. The lesson section: {lesson}", "Esa fue la última pista. La sección de la lección: {lesson}"),
    "hint_more": ("Run the same command again for the next hint.", "Ejecute el mismo comando otra vez para ver la siguiente pista."),
    "col_module": ("Module", "Módulo"),
    "col_exercise": ("Exercise", "Ejercicio"),
    "col_status": ("Status", "Estado"),
    "col_points": ("Points", "Puntos"),
    "col_minutes": ("Minutes", "Minutos"),
    "col_done": ("Done", "Hechos"),
    "status_done": ("done", "listo"),
    "status_failing": ("failing", "falla"),
    "status_todo": ("to do", "pendiente"),
    "status_changed": ("changed since check", "cambió desde la revisión"),
    "total": ("Total", "Total"),
    "reset_done": ("{path} is back to its stub; your version is saved in {backup}", "{path} volvió a su versión inicial; su versión quedó guardada en {backup}"),
    "reset_same": ("{path} is already the untouched stub.", "{path} ya es la versión inicial sin tocar."),
    "catchup_wrote": ("Filled {path} with the reference solution", "Se llenó {path} con la solución de referencia"),
    "catchup_saved": ("your previous version is saved in {backup}", "su versión anterior quedó guardada en {backup}"),
    "catchup_nothing": ("Nothing to fill: no module comes before {module}.", "No hay nada que llenar: ningún módulo va antes de {module}."),
    "catchup_summary": ("{count} files filled; you can start {module} now.", "{count} archivos llenados; ya puede empezar {module}."),
    "watch_start": ("Watching {folder}: save a file to check {exercise} again (Ctrl+C stops).", "Vigilando {folder}: guarde un archivo para revisar {exercise} de nuevo (Ctrl+C para salir)."),
    "doctor_ok": ("Everything looks right.", "Todo se ve bien."),
    "doctor_problems": ("{count} {count:?problem|problems} found; each line says how to fix it.", "{count:?Se encontró|Se encontraron} {count} {count:?problema|problemas}; cada línea dice cómo arreglarlo."),
    "welcome_ready": ("Puente is ready.", "Puente está listo."),
    "welcome_next": ("Your next exercise: {exercise} — {title}", "Su siguiente ejercicio: {exercise} — {title}"),
    "welcome_edit": ("Edit {files}, then run `puente check`.", "Edite {files} y luego ejecute `puente check`."),
    "welcome_lesson": ("Its lesson: {lesson}", "Su lección: {lesson}"),
    "welcome_lab": ("Notebooks: `make lab`, then open http://127.0.0.1:8888/lab", "Cuadernos: `make lab` y abra http://127.0.0.1:8888/lab"),
    "welcome_site": ("The course site: `make serve-site`, then open http://127.0.0.1:8001", "El sitio del curso: `make serve-site` y abra http://127.0.0.1:8001"),
    "welcome_language": ("Language: `export PUENTE_LANG=es` (or `puente --lang es ...`) switches Puente to Spanish; the site is in Spanish at /es/.", "Idioma: `export PUENTE_LANG=en` (o `puente --lang en ...`) pasa Puente a inglés; el sitio en español está en /es/."),
    "welcome_activate": ("Tip: `source .venv/bin/activate` puts `puente` on your PATH.", "Consejo: `source .venv/bin/activate` deja `puente` disponible en su terminal."),
    # self-checks (puente quiz)
    "quiz_prompt": ("Your answer (1-{count}): ", "Su respuesta (1-{count}): "),
    "quiz_invalid": ("Type a number from 1 to {count}.", "Escriba un número de 1 a {count}."),
    "quiz_right": ("Right.", "Correcto."),
    "quiz_wrong": ("Not quite.", "No exactamente."),
    "quiz_interrupted": ("Quiz interrupted: nothing recorded.", "Autoevaluación interrumpida: no se guardó nada."),
    "quiz_score": ("{right} of {total} right in {module}; your score is kept in .puente/quizzes.json.", "{right} de {total} correctas en {module}; su puntaje queda guardado en .puente/quizzes.json."),
    "capstone_created": ("Team repository written to {path}. Next: cd {path} && make data; then read module 08's brief.",
                         "Repositorio del equipo creado en {path}. Siga con: cd {path} && make data; luego lea el brief del módulo 08."),
    # the learner's loop (issue 14): limits, interruption, the learner's own errors, live status, watch, reset
    "time_limit": ("{test}: your code ran longer than {seconds} s: an endless loop?", "{test}: su código corrió más de {seconds} s: ¿un ciclo infinito?"),
    "interrupted": ("interrupted: nothing was recorded.", "interrumpido: no se registró nada."),
    "check_unfinished": ("The check did not finish (pytest exit code {code}): nothing was recorded.", "La revisión no terminó (código de salida de pytest {code}): no se registró nada."),
    "compare_actual": ("actual (your code)", "obtenido (su código)"),
    "compare_expected": ("expected", "esperado"),
    "learner_error": ("{where}: {error}", "{where}: {error}"),
    "learner_error_line": ("line {line}", "línea {line}"),
    "learner_error_next": ("Fix that line, save, and run `puente check {exercise}` again.", "Corrija esa línea, guarde y ejecute `puente check {exercise}` de nuevo."),
    "collection_failed": ("The tests of {exercise} could not start:", "Las pruebas de {exercise} no pudieron arrancar:"),
    "running_test": ("running {test}", "corriendo {test}"),
    "running_elapsed": ("{test} · {seconds} s", "{test} · {seconds} s"),
    "watch_cancelled": ("A file changed again: the running check was stopped, nothing recorded.", "Un archivo cambió otra vez: se detuvo la revisión en curso, sin registrar nada."),
    "watch_unknown_file": ("{path} belongs to no exercise; nothing to check.", "{path} no pertenece a ningún ejercicio; no hay nada que revisar."),
    "status_not_started": ("not started", "sin empezar"),
    "reset_source": ("the stub as the course shipped it (commit {commit})", "la versión inicial tal como la entregó el curso (commit {commit})"),
    "serve_not_written": ("{path} is not written yet ({error})", "{path} aún no está escrito ({error})"),
    "serve_not_written_fix": ("finish the exercise {exercise} (`puente check {exercise}`), or serve the reference with --target solutions", "termine el ejercicio {exercise} (`puente check {exercise}`), o sirva la referencia con --target solutions"),
}


def detect_language(explicit: str | None = None) -> str:
    """es or en: an explicit choice wins, then $PUENTE_LANG, then the locale ($LC_ALL, $LANG)."""
    choice = explicit or os.environ.get("PUENTE_LANG") or ""
    if not choice:
        for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
            if os.environ.get(variable):
                choice = os.environ[variable]
                break
        else:
            choice = locale.getlocale()[0] or "en"
    return "es" if choice.lower().startswith("es") else "en"


def command_language() -> str:
    """The language of the running command: a --lang on its command line, else detect_language's order."""
    explicit, argv = None, sys.argv
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            explicit = argv[i + 1]
        elif arg.startswith("--lang="):
            explicit = arg.split("=", 1)[1]
    return detect_language(None if explicit == "auto" else explicit)  # grade's --lang auto: each submission's own


class Translator:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, **values: object) -> str:
        english, spanish = MESSAGES[key]
        return format_message(spanish if self.lang == "es" else english, self.lang, **values)


class _NumbersFollowTheLanguage(string.Formatter):
    """Spanish writes 7,5 and 4.454 where English writes 7.5 and 4,454."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec.startswith("?"):  # {n:?prueba|pruebas}: the word agrees with the number
            singular, _, plural = format_spec[1:].partition("|")
            return singular if value == 1 else plural
        text = super().format_field(value, format_spec)
        if self.lang == "es" and isinstance(value, numbers.Number) and not isinstance(value, bool):
            text = text.translate(str.maketrans({".": ",", ",": "."}))
        return text


def format_message(template: str, lang: str, *args: object, **values: object) -> str:
    return _NumbersFollowTheLanguage(lang).format(template, *args, **values)


def say(en: str, es: str, **values: object) -> str:
    """A graded test's explanation, written once per language beside its assertion.

    `assert rows == 4454, say(en="expected {n:,} rows", es="se esperaban {n:,} filas", n=4454)`
    prints in the learner's language (`puente --lang es`, $PUENTE_LANG or the locale).
    """
    lang = detect_language()
    return format_message(es if lang == "es" else en, lang, **values)


# -- one catalog ------------------------------------------------------------------------------------
# The toolkit's other texts (doctor, errors, --help, verify, grading feedback, the site's words) live in
# puente/catalog.py; MESSAGES is the one place every text is looked up.
from puente.catalog import CATALOG  # noqa: E402

assert not MESSAGES.keys() & CATALOG.keys(), MESSAGES.keys() & CATALOG.keys()
MESSAGES.update(CATALOG)


class Bilingual(str):
    """A message that reads as English (a plain str) and also carries its Spanish: `.text("es")`."""

    es: str

    def __new__(cls, en: str, es: str) -> "Bilingual":
        made = super().__new__(cls, en)
        made.es = es
        return made

    def text(self, lang: str) -> str:
        return self.es if lang == "es" else str(self)

    def __getnewargs__(self) -> tuple[str, str]:  # pickled across processes (grading workers)
        return str(self), self.es


def tr(key: str, /, **values: object) -> Bilingual:
    """A catalog message in both languages, for errors raised before anyone knows the reader's language."""
    english, spanish = MESSAGES[key]
    return Bilingual(format_message(english, "en", **values), format_message(spanish, "es", **values))


def in_language(text: str, lang: str) -> str:
    """The reader's language of a message that may be Bilingual (plain strings stay as they are)."""
    return text.text(lang) if isinstance(text, Bilingual) else text
