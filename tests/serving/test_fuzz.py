"""Schema-driven fuzzing: schemathesis sends a few hundred generated requests to the real server.

Valid and invalid bodies alike: the service must answer with a documented status and a body that
matches its own OpenAPI schema, and never with a 5xx. The run is seeded and bounded.
"""

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
EXAMPLES_PER_OPERATION = 150  # about 300 requests in all: the GET operations take no input


def test_no_generated_request_breaks_the_service(reference_url, tmp_path):
    command = [
        str(Path(sys.executable).with_name("schemathesis")), "--no-color", "run", f"{reference_url}/openapi.json",
        "--checks", "all", "--max-examples", str(EXAMPLES_PER_OPERATION), "--seed", "5",
        "--phases", "examples,fuzzing", "--workers", "1", "--generation-database", "none",
        "--request-timeout", "10",
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=240)
    assert result.returncode == 0, f"schemathesis found problems:\n{result.stdout[-6000:]}\n{result.stderr[-2000:]}"
