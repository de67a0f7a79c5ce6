"""The lesson's Dockerfile, checked statically: no Docker engine runs here, so read it line by line."""

import ast
import json
import re
import shlex
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.specifiers import SpecifierSet

from puente.editions.instructor_only import is_instructor_only


@pytest.fixture(scope="module")
def instructions(examples_dir) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    text = (examples_dir / "Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def args_of(instructions, name: str) -> list[str]:
    return [args for instruction, args in instructions if instruction == name]


PINNED_SLIM_PYTHON = re.compile(r"^python:(?P<version>3\.\d+\.\d+)-slim-(?P<debian>bookworm|trixie)(@sha256:[0-9a-f]{64})?$|"
                                r"^python:(?P<any>[\w.-]+)@sha256:[0-9a-f]{64}$")


def test_the_base_image_is_a_pinned_slim_python(instructions, course_root):
    """Pinned means an exact release on an exact Debian (3.11.14-slim-bookworm) or a digest, never 3.11-slim."""
    name, image = instructions[0]
    pinned = PINNED_SLIM_PYTHON.match(image)
    assert name == "FROM" and pinned, f"FROM {image}: a floating tag; pin python:X.Y.Z-slim-<debian> or add @sha256:<digest>"
    version = pinned["version"] or pinned["any"].split("-")[0]
    requires = tomllib.loads((course_root / "pyproject.toml").read_text())["project"]["requires-python"]
    assert SpecifierSet(requires).contains(version), f"the image's Python {version} is outside the course's requires-python {requires}"


def test_the_image_is_built_from_what_a_student_repository_holds(instructions, course_root):
    """The student edition has no solutions/: the image must copy the learner's own exercises/m05_serving."""
    sources = [shlex.split(args)[0] for args in args_of(instructions, "COPY")]
    assert "exercises/m05_serving" in sources, f"copy the learner's service, exercises/m05_serving; COPY sources: {sources}"
    for source in sources:
        assert not is_instructor_only(source), f"COPY {source}: the student edition leaves it out, so the image cannot build there"
    env = " ".join(args_of(instructions, "ENV"))
    assert "PYTHONPATH=/app/src:/app/exercises" in env, f"the copied folders must be importable: {env}"
    copied_packages = {Path(source).name for source in sources}
    for module in sorted((course_root / "exercises" / "m05_serving").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                top = node.module.split(".")[0]
                if top == "credit_scoring" or top.startswith("m0"):
                    assert top in copied_packages, f"{module.name} imports {top}, which the image does not copy"


def test_every_copied_path_exists_or_is_the_pipelines_model(instructions, course_root):
    pipeline_outputs = {out for stage in yaml.safe_load((course_root / "dvc.yaml").read_text())["stages"].values()
                        for out in stage.get("outs", [])}
    for args in args_of(instructions, "COPY"):
        source = shlex.split(args)[0]
        assert (course_root / source).exists() or source in pipeline_outputs, f"COPY {source}: no such path in the course"


def test_dependencies_are_installed_before_the_code_is_copied(instructions):
    steps = [f"{name} {args}" for name, args in instructions]
    lock = next(i for i, step in enumerate(steps) if step.startswith("COPY requirements.lock"))
    install = next(i for i, step in enumerate(steps) if step.startswith("RUN pip install"))
    code = next(i for i, step in enumerate(steps) if step.startswith("COPY src/"))
    assert lock < install < code, "copy the lock and install it before the code, so a code change reuses the cached layer"
    assert "--require-hashes" in steps[install]


def test_it_runs_as_a_user_on_port_8000_with_a_health_check(instructions, course_root):
    names = [name for name, _ in instructions]
    assert names.index("USER") < names.index("CMD") and args_of(instructions, "USER") != ["root"]
    assert args_of(instructions, "EXPOSE") == ["8000"]
    assert "/health/live" in args_of(instructions, "HEALTHCHECK")[0], "a health check that restarts must ask liveness, not readiness"
    command = json.loads(args_of(instructions, "CMD")[0])
    assert command[:3] == ["uvicorn", "m05_serving.app:create_app", "--factory"]
    assert command[command.index("--port") + 1] == "8000" and command[command.index("--host") + 1] == "0.0.0.0"
    assert (course_root / "exercises/m05_serving/app.py").read_text().count("def create_app(") == 1


def test_the_model_folder_the_app_reads_is_the_one_copied(instructions):
    env = " ".join(args_of(instructions, "ENV"))
    copied = [shlex.split(args) for args in args_of(instructions, "COPY")]
    model_destination = next(dest for source, dest in copied if source == "artifacts/model")
    assert "PUENTE_MODEL_DIR=/app/artifacts/model" in env and model_destination == "./artifacts/model"
    assert args_of(instructions, "WORKDIR") == ["/app"]
