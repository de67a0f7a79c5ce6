"""Load a lesson example of module 01 by file name, without making examples/ a package."""

import importlib.util
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def examples_dir(course_root) -> Path:
    return course_root / "modules" / "m01_notebooks" / "examples"


@pytest.fixture(scope="session")
def load_example(examples_dir):
    def load(name: str):
        spec = importlib.util.spec_from_file_location(f"m01_example_{name}", examples_dir / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load
