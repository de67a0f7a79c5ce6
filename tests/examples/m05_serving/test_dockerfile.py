"""The lesson's Dockerfile, checked statically: no Docker engine runs here, so read it line by line."""

import json
import shlex

import pytest
import yaml


@pytest.fixture(scope="module")
def instructions(examples_dir) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    text = (examples_dir / "Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def args_of(instructions, name: str) -> list[str]:
    return [args for instruction, args in instructions if instruction == name]


def test_the_base_image_is_a_pinned_slim_python(instructions):
    assert instructions[0] == ("FROM", "python:3.11-slim")


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
    assert "/health" in args_of(instructions, "HEALTHCHECK")[0]
    command = json.loads(args_of(instructions, "CMD")[0])
    assert command[:3] == ["uvicorn", "m05_serving.app:create_app", "--factory"]
    assert command[command.index("--port") + 1] == "8000" and command[command.index("--host") + 1] == "0.0.0.0"
    assert (course_root / "solutions/m05_serving/app.py").read_text().count("def create_app(") == 1


def test_the_model_folder_the_app_reads_is_the_one_copied(instructions):
    env = " ".join(args_of(instructions, "ENV"))
    copied = [shlex.split(args) for args in args_of(instructions, "COPY")]
    model_destination = next(dest for source, dest in copied if source == "artifacts/model")
    assert "PUENTE_MODEL_DIR=/app/artifacts/model" in env and model_destination == "./artifacts/model"
    assert args_of(instructions, "WORKDIR") == ["/app"]
