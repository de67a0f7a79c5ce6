"""Every text the toolkit shows besides the learner commands' own (those open `puente.i18n.MESSAGES`):
doctor, errors, `--help`, verify, grading feedback and the site's words, each in English and Spanish.

Data only; `puente.i18n` merges it into MESSAGES, the one place a text is looked up. Keys are
`area.name`. Numbers go in as format fields so Spanish gets decimal commas; `{n:?one|many}` picks
the word that agrees with n. `puente verify --static` fails on an entry missing a language.
"""

DOCTOR = {
    "doctor.python": ("python {version}", "python {version}"),
    "doctor.python_old": ("Python {version} is too old; Puente needs 3.11 or newer", "Python {version} es muy antiguo; Puente necesita 3.11 o más reciente"),
    "doctor.python_old_fix": ("install Python 3.11+, then `make clean start`", "instale Python 3.11+ y luego `make clean start`"),
    "doctor.venv": ("virtual environment", "entorno virtual"),
    "doctor.venv_ok": ("virtual environment .venv", "entorno virtual .venv"),
    "doctor.venv_other": ("puente runs from {prefix}, not from this course's .venv", "puente corre desde {prefix}, no desde el .venv de este curso"),
    "doctor.venv_fix": ("source .venv/bin/activate  (or: make setup)", "source .venv/bin/activate  (o: make setup)"),
    "doctor.path": ("python on PATH", "python en el PATH"),
    "doctor.path_ok": ("python on PATH is the course's", "el python del PATH es el del curso"),
    "doctor.path_other": ("`python` is {found}, not the course's .venv/bin/python", "`python` es {found}, no el .venv/bin/python del curso"),
    "doctor.missing": ("missing", "no está"),
    "doctor.lock": ("locked packages", "paquetes fijados"),
    "doctor.lock_missing": ("requirements.lock is missing", "falta requirements.lock"),
    "doctor.lock_wrong": ("{name} {installed} (locked {version})", "{name} {installed} (fijado en {version})"),
    "doctor.lock_more": (" and {count} more", " y {count} más"),
    "doctor.lock_ok": ("locked packages match requirements.lock", "los paquetes instalados coinciden con requirements.lock"),
    "doctor.toolkit": ("toolkit", "herramienta del curso"),
    "doctor.toolkit_other": ("`puente` comes from another copy of the course ({folder})", "`puente` viene de otra copia del curso ({folder})"),
    "doctor.toolkit_ok": ("toolkit installed from this folder", "herramienta del curso instalada desde esta carpeta"),
    "doctor.tool_missing": ("`{name}` is not installed", "`{name}` no está instalado"),
    "doctor.git_fix": ("install git (Debian/Ubuntu: sudo apt-get install git)", "instale git (Debian/Ubuntu: sudo apt-get install git)"),
    "doctor.data": ("course data", "datos del curso"),
    "doctor.data_ok": ("course data matches data.dvc", "los datos del curso coinciden con data.dvc"),
    "doctor.remote": ("DVC remote", "remoto de DVC"),
    "doctor.remote_cloud": ("DVC remote (not a local folder: not checked offline)", "remoto de DVC (no es una carpeta local: no se revisa sin red)"),
    "doctor.remote_unreachable": ("the remote folder {folder} is unreachable", "la carpeta del remoto {folder} no está disponible (unreachable)"),
    "doctor.remote_incomplete": ("the remote has no copy of {files}", "el remoto no tiene copia de {files}"),
    "doctor.remote_push": ("dvc push data.dvc  (from a clone that has the data)", "dvc push data.dvc  (desde un clon que tenga los datos)"),
    "doctor.remote_ok": ("DVC remote {folder} holds the data", "el remoto de DVC {folder} tiene los datos"),
}

ERRORS = {
    "error.unknown_exercise": ("unknown exercise '{name}'", "no existe el ejercicio '{name}'"),
    "error.unknown_module": ("unknown module '{name}'", "no existe el módulo '{name}'"),
    "error.did_you_mean": ("; did you mean '{name}'?", "; ¿quiso decir '{name}'?"),
    "error.list_exercises": ("`puente list` shows every exercise", "`puente list` muestra todos los ejercicios"),
    "error.list_modules": ("`puente list` shows every module", "`puente list` muestra todos los módulos"),
    "error.manifest_missing": ("{name} is missing in {root}", "falta {name} en {root}"),
    "error.manifest_restore": ("restore it with `git checkout -- course.toml`", "restáurelo con `git checkout -- course.toml`"),
    "error.manifest_toml": ("{name} is not valid TOML: {error}", "{name} no es TOML válido: {error}"),
    "error.manifest_syntax": ("fix the syntax of {name}", "corrija la sintaxis de {name}"),
    "error.manifest_entry": ("edit that entry in {name}", "corrija esa entrada en {name}"),
    "error.field_missing": ("{where}: field '{field}' is missing", "{where}: falta el campo '{field}'"),
    "error.field_unknown": ("{where}: unknown field '{field}'", "{where}: campo desconocido '{field}'"),
    "error.field_invalid": ("{where}: field '{field}': {message}", "{where}: campo '{field}': {message}"),
    "error.not_a_course": ("{start} is not inside a Puente course (no {name} here or above)", "{start} no está dentro de un curso Puente (no hay {name} aquí ni más arriba)"),
    "error.not_a_course_fix": ("cd into your clone of the course, e.g. `cd puente`", "entre con cd a su clon del curso, por ejemplo `cd puente`"),
    "error.dvc_file_missing": ("data.dvc is missing", "falta data.dvc"),
    "error.remote_unreachable": ("the DVC remote is unreachable or has no copy of the data that data.dvc names", "el remoto de DVC no está disponible o no tiene copia de los datos que nombra data.dvc"),
    "error.no_remote": ("no default DVC remote is configured", "no hay un remoto de DVC configurado por defecto"),
    "error.data_not_here": ("the course data is not here ({what} is missing or empty)", "los datos del curso no están aquí ({what} no está o está vacío)"),
    "error.data_file_missing": ("the course data is not here ({what} is missing)", "los datos del curso no están aquí (falta {what})"),
    "error.data_pull": ("make data  (or: dvc pull data.dvc)", "make data  (o: dvc pull data.dvc)"),
    "error.data_changed": ("{what} no longer matches data.dvc (it was changed)", "{what} ya no coincide con data.dvc (fue modificado)"),
    "error.data_checkout": (
        "dvc checkout --force data.dvc  (restores the course version; copy your file elsewhere first if you need it)",
        "dvc checkout --force data.dvc  (restaura la versión del curso; antes copie su archivo a otra parte si lo necesita)",
    ),
    "error.catchup_module": ("name the module you want to start", "indique el módulo que quiere empezar"),
    "error.catchup_module_fix": ("puente catchup m02_dvc  (see `puente list`)", "puente catchup m02_dvc  (vea `puente list`)"),
    "error.no_solutions": ("this copy of the course has no solutions/ folder (student edition)", "esta copia del curso no tiene la carpeta solutions/ (edición para estudiantes)"),
    "error.no_solutions_fix": (
        "ask your instructor for the solutions release file, then: puente catchup --from FILE",
        "pida a su instructor el archivo de soluciones y luego: puente catchup --from ARCHIVO",
    ),
    "error.nothing_to_reset": ("git has no committed version of {path} to reset to", "git no tiene una versión confirmada de {path} a la cual volver"),
    "error.bad_lang": ("unknown language '{lang}'", "idioma desconocido '{lang}'"),
    "error.bad_lang_fix": ("use --lang en or --lang es", "use --lang en o --lang es"),
}

# `--help`: one entry per command (`help.<command>`) and per parameter (`help.<command>.<param>`);
# cli_help.py puts them on the commands, in the reader's language, so nothing else repeats them.
HELP = {
    "help.puente": (
        "Puente, an MLOps course. With no command, `puente check` checks your next exercise.",
        "Puente, un curso de MLOps. Sin comando, `puente check` revisa su siguiente ejercicio.",
    ),
    "help.puente.lang": ("en or es (default: $PUENTE_LANG, else your locale)", "en o es (por defecto: $PUENTE_LANG, si no, su configuración regional)"),
    "help.list": (
        "Every module and exercise in teaching order, with points and your status.\n\nExample: puente list",
        "Todos los módulos y ejercicios en el orden del curso, con sus puntos y su estado.\n\nEjemplo: puente list",
    ),
    "help.check": (
        "Run an exercise's graded tests on your code and record your progress.\n\nExample: puente check first_look",
        "Corre las pruebas calificadas de un ejercicio sobre su código y registra su avance.\n\nEjemplo: puente check first_look",
    ),
    "help.check.exercise": ("exercise id, or a module (capstone, m08_capstone) for all its exercises (default: your next unfinished one)", "id del ejercicio, o un módulo (capstone, m08_capstone) para todos sus ejercicios (por defecto: el siguiente que le falta)"),
    "help.check.all_exercises": ("check every exercise", "revisa todos los ejercicios"),
    "help.hint": (
        "Show one more hint for an exercise each time you run it.\n\nExample: puente hint first_look",
        "Muestra una pista más de un ejercicio cada vez que lo ejecuta.\n\nEjemplo: puente hint first_look",
    ),
    "help.hint.exercise": ("exercise id", "id del ejercicio"),
    "help.progress": ("Your points per module, from your last checks.\n\nExample: puente progress", "Sus puntos por módulo, según sus últimas revisiones.\n\nEjemplo: puente progress"),
    "help.reset": (
        "Put an exercise's files back to the untouched stub (your version is backed up).\n\nExample: puente reset first_look",
        "Devuelve los archivos de un ejercicio a su versión inicial (se guarda una copia de la suya).\n\nEjemplo: puente reset first_look",
    ),
    "help.reset.exercise": ("exercise id", "id del ejercicio"),
    "help.catchup": (
        "Fill every exercise before MODULE with its reference solution, so a latecomer can join.\n\nExample: puente catchup m02_dvc",
        "Llena cada ejercicio anterior a MODULE con su solución de referencia, para que quien llega tarde pueda unirse.\n\nEjemplo: puente catchup m02_dvc",
    ),
    "help.catchup.module": ("the module you want to start", "el módulo que quiere empezar"),
    "help.catchup.from_file": ("a solutions release file from your instructor", "un archivo de soluciones que le dio su instructor"),
    "help.watch": (
        "Check an exercise again every time you save a file (Ctrl+C stops).\n\nExample: puente watch first_look",
        "Revisa un ejercicio de nuevo cada vez que guarda un archivo (Ctrl+C para salir).\n\nEjemplo: puente watch first_look",
    ),
    "help.watch.exercise": ("exercise id", "id del ejercicio"),
    "help.doctor": (
        "Check Python, packages, data and the DVC remote; each problem comes with its fix.\n\nExample: puente doctor",
        "Revisa Python, los paquetes, los datos y el remoto de DVC; cada problema viene con su solución.\n\nEjemplo: puente doctor",
    ),
    "help.doctor.quiet": ("print only problems", "muestra solo los problemas"),
    "help.welcome": (
        "What to do next: your next exercise, its lesson, and how to open JupyterLab and the site.\n\nExample: puente welcome",
        "Qué hacer ahora: su siguiente ejercicio, su lección y cómo abrir JupyterLab y el sitio.\n\nEjemplo: puente welcome",
    ),
    "help.verify": (
        "The course checks itself: solutions pass, every graded test fails on its stub, lessons exist in both languages.\n\nExample: puente verify m00_welcome",
        "El curso se revisa a sí mismo: las soluciones pasan, cada prueba calificada falla con su versión inicial, las lecciones existen en los dos idiomas.\n\nEjemplo: puente verify m00_welcome",
    ),
    "help.verify.modules": ("module ids (default: all)", "ids de los módulos (por defecto: todos)"),
    "help.verify.root": ("the course folder (default: the one you are in)", "la carpeta del curso (por defecto: en la que está)"),
    "help.verify.static": ("only the fast checks: files, markers, manifest, lessons", "solo las revisiones rápidas: archivos, marcas, manifiesto, lecciones"),
    "help.serve": (
        "Start the credit-scoring API (module 05) with uvicorn on 127.0.0.1; Ctrl+C stops it.\n\nExample: puente serve --target exercises --port 8001",
        "Inicia la API de scoring de crédito (módulo 05) con uvicorn en 127.0.0.1; Ctrl+C la detiene.\n\nEjemplo: puente serve --target exercises --port 8001",
    ),
    "help.serve.target": ("whose code serves: solutions (the reference) or exercises (yours)", "qué código sirve: solutions (la referencia) o exercises (el suyo)"),
    "help.serve.model_dir": ("the model folder (default: artifacts/model, built by `dvc repro`)", "la carpeta del modelo (por defecto: artifacts/model, la construye `dvc repro`)"),
    "help.serve.port": ("the port on 127.0.0.1", "el puerto en 127.0.0.1"),
    "help.score": (
        "Batch scoring: a CSV of applications in, the same CSV with probabilities out, in chunks.\n\nExample: puente score data/credit_data.csv scores.csv",
        "Scoring por lotes: entra un CSV de solicitudes y sale el mismo CSV con probabilidades, por bloques.\n\nEjemplo: puente score data/credit_data.csv scores.csv",
    ),
    "help.score.input_csv": ("a CSV with the columns of data/credit_data.csv", "un CSV con las columnas de data/credit_data.csv"),
    "help.score.output_csv": ("where to write the same rows plus a probability_bad column", "dónde escribir las mismas filas más una columna probability_bad"),
    "help.score.target": ("whose code serves: solutions (the reference) or exercises (yours)", "qué código sirve: solutions (la referencia) o exercises (el suyo)"),
    "help.score.model_dir": ("the model folder (default: artifacts/model, built by `dvc repro`)", "la carpeta del modelo (por defecto: artifacts/model, la construye `dvc repro`)"),
    "help.score.chunk_size": ("rows scored per model call", "filas calificadas por cada llamada al modelo"),
    "help.grade": (
        "Grade every submission of a class in a sandbox, in parallel, into an LMS-ready gradebook.\n\nExample: puente grade downloads/ --out graded/ --tests hidden-tests/ --timeout 120",
        "Califica todas las entregas de un grupo en un entorno aislado, en paralelo, en un libro de notas listo para el LMS.\n\nEjemplo: puente grade downloads/ --out graded/ --tests hidden-tests/ --timeout 120",
    ),
    "help.grade.submissions": (
        "Folder whose entries (folders or .zip files) are submissions; each entry's name is the student id.",
        "Carpeta cuyas entradas (carpetas o archivos .zip) son entregas; el nombre de cada entrada es el id del estudiante.",
    ),
    "help.grade.out": ("Folder for grades.csv, per-student results and the class summary.", "Carpeta para grades.csv, los resultados de cada estudiante y el resumen del grupo."),
    "help.grade.jobs": ("Submissions graded at once (default: every core).", "Entregas calificadas a la vez (por defecto: todos los núcleos)."),
    "help.grade.tests": ("Hidden test pack: PACK/<module>/test_<exercise>[__name].py.", "Paquete de pruebas ocultas: PACK/<module>/test_<exercise>[__name].py."),
    "help.grade.timeout": ("Seconds one submission may run in all.", "Segundos que puede correr una entrega en total."),
    "help.grade.test_timeout": ("Seconds one test may run.", "Segundos que puede correr una prueba."),
    "help.grade.only": ("Grade only this module or exercise (repeatable).", "Califica solo este módulo o ejercicio (se puede repetir)."),
    "help.grade.lang": (
        "Feedback language: auto (es when the submission holds .puente-lang with es), en or es.",
        "Idioma de la retroalimentación: auto (es cuando la entrega tiene .puente-lang con es), en o es.",
    ),
    "help.grade.keep_flagged_scores": ("Do not hold flagged exercises at zero.", "No deja en cero los ejercicios marcados para revisión."),
    "help.grade.no_sandbox": ("Skip bubblewrap even where it works (NOT for untrusted code).", "Omite bubblewrap aunque funcione (NO para código no confiable)."),
    "help.grade.expected_ids": ("JSON of expected test ids (written by gradescope-bundle).", "JSON con los ids de prueba esperados (lo escribe gradescope-bundle)."),
    "help.grade.quiet": ("No progress bar and no table.", "Sin barra de avance y sin tabla."),
    "help.gradescope-bundle": (
        "Build a Gradescope autograder zip (setup.sh, run_autograder, the trusted course) from the manifest.\n\nExample: puente gradescope-bundle --out autograder.zip --only m00_welcome --tests hidden-tests/",
        "Construye un zip de autocalificación para Gradescope (setup.sh, run_autograder, el curso confiable) a partir del manifiesto.\n\nEjemplo: puente gradescope-bundle --out autograder.zip --only m00_welcome --tests hidden-tests/",
    ),
    "help.gradescope-bundle.out": ("The autograder zip to write.", "El zip de autocalificación que se escribe."),
    "help.gradescope-bundle.tests": ("Hidden test pack to ship inside the bundle.", "Paquete de pruebas ocultas que va dentro del zip."),
    "help.gradescope-bundle.only": ("Grade only this module or exercise (repeatable).", "Califica solo este módulo o ejercicio (se puede repetir)."),
    "help.gradescope-bundle.timeout": ("Seconds one submission may run in all.", "Segundos que puede correr una entrega en total."),
    "help.gradescope-bundle.test_timeout": ("Seconds one test may run.", "Segundos que puede correr una prueba."),
    "help.edition": (
        "Classroom editions: a student repository without solutions, and solutions released one module at a time.",
        "Ediciones para clase: un repositorio para estudiantes sin soluciones, y soluciones publicadas módulo por módulo.",
    ),
    "help.edition student": (
        "Write the student edition (a GitHub Classroom template): lessons, exercises, visible tests, data, toolkit; no solutions.\n\nExample: puente edition student ../puente-student",
        "Escribe la edición para estudiantes (una plantilla de GitHub Classroom): lecciones, ejercicios, pruebas visibles, datos, herramienta; sin soluciones.\n\nEjemplo: puente edition student ../puente-student",
    ),
    "help.edition student.out": ("a new folder outside the course, for the student repository", "una carpeta nueva fuera del curso, para el repositorio de estudiantes"),
    "help.edition solutions": (
        "Write one module's reference solutions to a release file that learners apply with `puente catchup --from FILE`.\n\nExample: puente edition solutions m00_welcome m00-solutions.zip",
        "Escribe las soluciones de referencia de un módulo en un archivo que los estudiantes aplican con `puente catchup --from ARCHIVO`.\n\nEjemplo: puente edition solutions m00_welcome m00-solutions.zip",
    ),
    "help.edition solutions.module": ("the module whose solutions you release, e.g. m00_welcome", "el módulo cuyas soluciones publica, por ejemplo m00_welcome"),
    "help.edition solutions.out": ("the .zip to write (or a folder to write it into)", "el .zip que se escribe (o una carpeta donde escribirlo)"),
    "help.grade.shard": ("Grade slice K of N of the class (K/N), for `grade merge`.", "Califica la porción K de N del curso (K/N), para `grade merge`."),
    "help.mutation": (
        "Print which mutants of a pack a test file catches; exit 0 only when it catches them all.\n\nExample: puente mutation exercises/m03_testing/test_credit_features.py tests/m03_testing/packs/credit_features",
        "Muestra qué mutantes de un paquete atrapa un archivo de pruebas; sale con 0 solo si los atrapa todos.\n\nEjemplo: puente mutation exercises/m03_testing/test_credit_features.py tests/m03_testing/packs/credit_features",
    ),
    "help.mutation.test_file": ("The learner's test file.", "El archivo de pruebas del estudiante."),
    "help.mutation.pack": ("A pack folder: the correct <module>.py, mutants/ and equivalents/.", "Una carpeta de paquete: el <módulo>.py correcto, mutants/ y equivalents/."),
    "help.mutation.timeout": ("Seconds per variant.", "Segundos por variante."),
    "help.quiz": (
        "Take a module's self-check: each answer is explained, and your score is kept beside your progress.\n\nExample: puente quiz m00_welcome",
        "Haga la autoevaluación de un módulo: cada respuesta se explica y su puntaje queda junto a su progreso.\n\nEjemplo: puente quiz m00_welcome",
    ),
    "help.quiz.module": ("module id, e.g. m00_welcome", "id del módulo, por ejemplo m00_welcome"),
    "help.workshop": (
        "Workshops: a JupyterHub for a room, and a pack for a room with no network.",
        "Talleres: un JupyterHub para un salón, y un paquete para un salón sin red.",
    ),
    "help.workshop hub": (
        "Start the room's JupyterHub on 127.0.0.1: shared password, one server per learner, the course by nbgitpuller.\n\nExample: puente workshop hub --port 8100",
        "Arranca el JupyterHub del salón en 127.0.0.1: contraseña compartida, un servidor por estudiante, el curso con nbgitpuller.\n\nEjemplo: puente workshop hub --port 8100",
    ),
    "help.workshop hub.settings": ("the room's settings (default: workshop/hub.toml)", "la configuración del salón (por defecto: workshop/hub.toml)"),
    "help.workshop hub.state": ("where the hub keeps its database and homes (default: .puente/hub)", "dónde guarda el hub su base de datos y las carpetas personales (por defecto: .puente/hub)"),
    "help.workshop hub.port": ("the hub's port (default: hub.toml's)", "el puerto del hub (por defecto: el de hub.toml)"),
    "help.workshop pack": (
        "Build everything a room with no network needs: wheels of the locked packages, the course as a git bundle.\n\nExample: puente workshop pack ../room-pack",
        "Arma todo lo que necesita un salón sin red: los wheels de los paquetes fijados y el curso como un bundle de git.\n\nEjemplo: puente workshop pack ../paquete-salon",
    ),
    "help.workshop pack.out": ("a new folder for the pack (a USB stick, a shared drive)", "una carpeta nueva para el paquete (una memoria USB, una unidad compartida)"),
    "help.capstone": ("The capstone (module 08): a team's starter repository.", "El proyecto final (módulo 08): el repositorio inicial de un equipo."),
    "help.capstone new": (
        "Render the capstone starter: README (EN+ES), Makefile, empty dvc.yaml, CI stub, model card, team charter.\n\nExample: puente capstone new ../equipo-condor --name \"Equipo Cóndor\"",
        "Genera la plantilla inicial del proyecto final: README (EN+ES), Makefile, dvc.yaml vacío, flujo de CI inicial, ficha del modelo y acuerdo de equipo.\n\nEjemplo: puente capstone new ../equipo-condor --name \"Equipo Cóndor\"",
    ),
    "help.capstone new.team_dir": ("a new (or empty) folder for the team's repository", "una carpeta nueva (o vacía) para el repositorio del equipo"),
    "help.capstone new.name": ("the team's name, shown in the README and the charter", "el nombre del equipo, que aparece en el README y en el acuerdo"),
    "help.puente.install_completion": ("Install completion for the current shell.", "Instala el autocompletado para la terminal actual."),
    "help.puente.show_completion": (
        "Show completion for the current shell, to copy it or customize the installation.",
        "Muestra el autocompletado para la terminal actual, para copiarlo o ajustar la instalación.",
    ),
}

# click's and typer's own words (they pass them through gettext): `click.<English text>`.
CLICK = {
    "click.Usage:": ("Usage:", "Uso:"),
    "click.Options": ("Options", "Opciones"),
    "click.Arguments": ("Arguments", "Argumentos"),
    "click.Commands": ("Commands", "Comandos"),
    "click.Show this message and exit.": ("Show this message and exit.", "Muestra esta ayuda y termina."),
    "click.default: {default}": ("default: {default}", "por defecto: {default}"),
    "click.required": ("required", "obligatorio"),
    "click.Error": ("Error", "Error"),
    "click.Try {command!r} for help.": ("Try {command!r} for help.", "Pruebe {command!r} para ver la ayuda."),
    "click.Missing argument {param_hint}.": ("Missing argument {param_hint}.", "Falta el argumento {param_hint}."),
    "click.Missing option {param_hint}.": ("Missing option {param_hint}.", "Falta la opción {param_hint}."),
    "click.Missing parameter: {param_name}": ("Missing parameter: {param_name}", "Falta el parámetro: {param_name}"),
    "click.Invalid value for {param_hint}: {message}": ("Invalid value for {param_hint}: {message}", "Valor no válido para {param_hint}: {message}"),
    "click.Invalid value: {message}": ("Invalid value: {message}", "Valor no válido: {message}"),
    "click.No such command {name!r}.": ("No such command {name!r}.", "No existe el comando {name!r}."),
    "click.No such option: {name}": ("No such option: {name}", "No existe la opción: {name}"),
    "click.Missing command.": ("Missing command.", "Falta el comando."),
    "click.Got unexpected extra argument ({args})": ("Got unexpected extra argument ({args})", "Sobra un argumento que no se esperaba ({args})"),
    "click.Got unexpected extra arguments ({args})": ("Got unexpected extra arguments ({args})", "Sobran argumentos que no se esperaban ({args})"),
    "click.Aborted!": ("Aborted!", "¡Cancelado!"),
    "click.{value!r} is not a valid {number_type}.": ("{value!r} is not a valid {number_type}.", "{value!r} no es un {number_type} válido."),
}

VERIFY = {
    "verify.summary": ("verify: {passed} passed, {failed} failed", "verify: {passed} bien, {failed} con problemas"),
    "verify.mediocre_not_graded": ("the mediocre capstone team could not be graded:\n{output}", "no se pudo calificar al equipo mediocre del proyecto final:\n{output}"),
    "verify.mediocre_points": ("the mediocre capstone team earns {earned:g} of {item}, as stated: {points:g}", "el equipo mediocre del proyecto final obtiene {earned:g} en {item}, como se declaró: {points:g}"),
    "verify.manifest_ok": ("the manifest is valid", "el manifiesto es válido"),
    "verify.stub_record": ("{record} records the committed stubs (python -m puente.stubs)", "{record} registra las versiones iniciales confirmadas en git (python -m puente.stubs)"),
    "verify.exists": ("{what} exists", "{what} existe"),
    "verify.test_file": ("{exercise}: its test file {path} exists", "{exercise}: su archivo de pruebas {path} existe"),
    "verify.todo_marker": ("{exercise}: the stub has a `{marker}` marker", "{exercise}: la versión inicial tiene una marca `{marker}`"),
    "verify.stub_differs": ("{exercise}: the stub differs from the solution", "{exercise}: la versión inicial es distinta de la solución"),
    "verify.lesson_section": ("{exercise}: #{section} is a section of {page}", "{exercise}: #{section} es una sección de {page}"),
    "verify.english_twin": ("{twin} exists (English twin of {page})", "{twin} existe (gemela en inglés de {page})"),
    "verify.spanish_twin": ("{twin} exists (Spanish twin of {page})", "{twin} existe (gemela en español de {page})"),
    "verify.example_test": ("{example} has its test {test}", "{example} tiene su prueba {test}"),
    "verify.graded_tests_run": ("{exercise}: has graded tests that run ({path})", "{exercise}: tiene pruebas calificadas que corren ({path})"),
    "verify.passes_on_solutions": ("{nodeid} passes on solutions ({outcome}: {message})", "{nodeid} pasa con las soluciones ({outcome}: {message})"),
    "verify.stub_did_not_run": ("{nodeid} could not even run on the stub: the stub must import cleanly", "{nodeid} ni siquiera pudo correr con la versión inicial: la versión inicial debe importarse sin errores"),
    "verify.fails_on_stub": ("{nodeid} fails on the untouched stub (it {outcome})", "{nodeid} falla con la versión inicial sin tocar (resultado: {outcome})"),
    "verify.crashed": ("pytest --target {target} crashed:\n{output}", "pytest --target {target} se cayó:\n{output}"),
    "verify.notebook_runs": ("{where} runs top to bottom in a fresh kernel (raised {error})", "{where} corre de principio a fin en un kernel nuevo (lanzó {error})"),
    "verify.notebook_fails_as_declared": ("{where} fails as declared with {expected} (got {error})", "{where} falla como se declaró, con {expected} (dio {error})"),
    "verify.failed_line": ("✗ {what}", "✗ {what}"),
    "verify.modules": ("modules: {modules}; {seconds:.1f} s", "módulos: {modules}; {seconds:.1f} s"),
    "verify.graded_time": ("graded test time (solutions + stubs): {times}", "tiempo de las pruebas calificadas (soluciones + versiones iniciales): {times}"),
    "verify.glossary_variant": (
        "{where}: “{variant}” is not the course's word; the glossary says “{term}” (modules/glossary.md)",
        "{where}: “{variant}” no es la palabra del curso; el glosario dice “{term}” (modules/glossary.es.md)",
    ),
    "verify.catalog_language": (
        "catalog message '{key}' has no {language} text (src/puente/catalog.py or i18n.py)",
        "el mensaje '{key}' del catálogo no tiene texto en {language} (src/puente/catalog.py o i18n.py)",
    ),
    "verify.catalog_fields": (
        "catalog message '{key}': English and Spanish name different fields ({fields})",
        "mensaje '{key}' del catálogo: el inglés y el español nombran campos distintos ({fields})",
    ),
    "verify.no_twin": (
        "{where}: a learner-facing line has no Spanish twin on the next line (`{expected}`): {line}",
        "{where}: una línea para el estudiante no tiene su gemela en español en la línea siguiente (`{expected}`): {line}",
    ),
    "verify.docstring_no_twin": (
        "{where}: a learner-facing docstring has no Spanish paragraph starting `ES: `",
        "{where}: un docstring para el estudiante no tiene un párrafo en español que empiece con `ES: `",
    ),
    "verify.cell_no_twin": (
        "{where}: an instruction cell has no Spanish paragraph starting `**ES:**`",
        "{where}: una celda de instrucciones no tiene un párrafo en español que empiece con `**ES:**`",
    ),
    "verify.language_ok": ("Spanish texts use the glossary; the catalog and exercise files are bilingual", "los textos en español usan el glosario; el catálogo y los archivos de ejercicios son bilingües"),
}

# What a learner reads after grading (grading/feedback.py).
FEEDBACK = {
    "feedback.title": ("Feedback for {student}", "Retroalimentación para {student}"),
    "feedback.score": ("**Score: {score:g} / {total}**", "**Puntaje: {score:g} / {total}**"),
    "feedback.status": ("Status: `{status}`", "Estado: `{status}`"),
    "feedback.invalid": (
        "Your submission could not be graded: {why}. Fix it and submit again; nothing else was lost.",
        "No pudimos calificar su entrega: {why}. Corríjala y envíela de nuevo; no se perdió nada más.",
    ),
    "feedback.timeout": (
        "Your code ran past the time limit; tests that finished before were counted.",
        "Su código pasó el tiempo límite; se contaron las pruebas que alcanzaron a terminar.",
    ),
    "feedback.incomplete": (
        "Grading lost some results ({why}); an instructor will grade your submission again.",
        "La calificación perdió algunos resultados ({why}); un instructor calificará su entrega de nuevo.",
    ),
    "feedback.flags": ("An instructor will review your submission: {flags}.", "Un instructor revisará su entrega: {flags}."),
    "feedback.passed": ("All tests pass. Well done.", "Todas las pruebas pasan. Muy bien."),
    "feedback.failed": ("What to fix:", "Qué corregir:"),
    "feedback.hidden": (
        "a hidden test failed (it checks the same objective with other data)",
        "falló una prueba oculta (revisa el mismo objetivo con otros datos)",
    ),
    "feedback.hint": ("Hint: {hint}", "Pista: {hint}"),
    "feedback.lesson": ("Lesson section: `{module}` → *{section}*", "Sección de la lección: `{module}` → *{section}*"),
    "feedback.check": ("Try it yourself with `puente check {exercise}`.", "Pruébelo usted mismo con `puente check {exercise}`."),
}

# The site's own words (hooks/catalog.py, hooks/navigation.py).
SITE = {
    "site.module": ("Module", "Módulo"),
    "site.able": ("What you will be able to do", "Qué podrá hacer"),
    "site.time": ("Time", "Tiempo"),
    "site.exercises": ("Exercises", "Ejercicios"),
    "site.exercise": ("Exercise", "Ejercicio"),
    "site.points": ("Points", "Puntos"),
    "site.minutes": ("Minutes", "Minutos"),
    "site.check": ("Check it", "Para revisarlo"),
    "site.lesson": ("Lesson", "Lección"),
    "site.total": ("Total", "Total"),
    "site.count": ("{n} {n:?exercise|exercises}, {points} points", "{n} {n:?ejercicio|ejercicios}, {points} puntos"),
    "site.none": ("No graded exercises in this module.", "Este módulo no tiene ejercicios calificados."),
    "site.home": ("Home", "Inicio"),
    "site.start": ("Start here", "Empiece aquí"),
    "site.modules": ("Modules", "Módulos"),
    "site.catalog": ("Exercise catalog", "Catálogo de ejercicios"),
    "site.glossary": ("Glossary", "Glosario"),
    "site.instructors": ("Instructors", "Instructores"),
    "site.overview": ("Overview", "Presentación"),
    "site.permalink": ("Link to this section", "Enlace a esta sección"),
    "site.search": ("Search the course", "Buscar en el curso"),
    # a notebook page's navigation title, by file name (else the notebook's first heading)
    "site.notebook.analyst_notebook": ("Credit scoring model v3 FINAL", "Modelo de scoring de crédito v3 FINAL (el cuaderno de Laura)"),
}

CATALOG: dict[str, tuple[str, str]] = {**DOCTOR, **ERRORS, **HELP, **CLICK, **VERIFY, **FEEDBACK, **SITE}
