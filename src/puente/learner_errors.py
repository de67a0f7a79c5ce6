"""The learner's own error first: a syntax or import error in an exercise file, with its file and line.

pytest reports such an error as a failed collection of the test file, buried in its traceback; a
learner needs `exercises/m00_welcome/first_look.py, line 10: SyntaxError: ...` and the line itself.
"""

import importlib
import linecache
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from puente.manifest import Exercise


@dataclass
class LearnerError:
    path: str  # relative to the course root
    line: int | None
    error: str  # "SyntaxError: invalid syntax"
    code: str  # the offending line, stripped


def python_files(root: Path, exercise: Exercise, tree: str = "exercises") -> list[Path]:
    files = []
    for relative in exercise.paths(tree):
        path = root / relative
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.suffix == ".py" and path.is_file():
            files.append(path)
    return files


def syntax_error(root: Path, exercise: Exercise) -> LearnerError | None:
    """The first exercise file that does not even compile."""
    for path in python_files(root, exercise):
        source = path.read_bytes()
        try:
            compile(source, str(path), "exec", dont_inherit=True)
        except SyntaxError as error:
            code = (error.text or "").strip()
            return LearnerError(_relative(root, path), error.lineno, f"{type(error).__name__}: {error.msg}", code)
        except ValueError as error:  # null bytes
            return LearnerError(_relative(root, path), None, f"SyntaxError: {error}", "")
    return None


def import_error(root: Path, exercise: Exercise) -> LearnerError | None:
    """Import the exercise's modules as the tests do; the deepest frame inside exercises/ names the line."""
    tree = (root / "exercises").resolve()
    for path in python_files(root, exercise):
        relative = path.resolve().relative_to(tree)
        if len(relative.parts) != 2:  # only top-level modules of the exercise package are imported by tests
            continue
        name = f"{relative.parts[0]}.{relative.stem}"
        sys.path.insert(0, str(tree))
        for loaded in [n for n in sys.modules if n.split(".")[0] == relative.parts[0]]:
            del sys.modules[loaded]
        try:
            importlib.import_module(name)
        except Exception as error:  # whatever the learner's module raises at import is the answer
            frames = [f for f in traceback.extract_tb(error.__traceback__) if _inside(f.filename, tree)]
            if not frames:
                continue
            frame = frames[-1]
            code = (frame.line or linecache.getline(frame.filename, frame.lineno or 0)).strip()
            return LearnerError(_relative(root, Path(frame.filename)), frame.lineno, f"{type(error).__name__}: {error}", code)
        finally:
            sys.path.remove(str(tree))
    return None


def _inside(filename: str, folder: Path) -> bool:
    try:
        Path(filename).resolve().relative_to(folder)
        return True
    except ValueError:
        return False


def _relative(root: Path, path: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


TRACEBACK_START = "Traceback (most recent call last):"


def short_traceback(output: str) -> str:
    """A command's output with each Python traceback cut to where it ended and why.

    A graded test that runs the learner's code in a subprocess shows its output; the learner needs
    the last frame (file, line, code) and the error, not Python's whole stack.
    """
    lines, kept, index = output.splitlines(), [], 0
    while index < len(lines):
        if lines[index].strip() != TRACEBACK_START:
            kept.append(lines[index])
            index += 1
            continue
        block, index = [], index + 1
        while index < len(lines) and (lines[index].startswith((" ", "\t")) or not lines[index].strip()):
            block.append(lines[index])
            index += 1
        frames = [n for n, line in enumerate(block) if line.strip().startswith("File ")]
        if frames:
            last = block[frames[-1]].strip().replace('"', "", 2)
            code = next((line.strip() for line in block[frames[-1] + 1:] if line.strip() and not set(line.strip()) <= set("^~ ")), "")
            kept.append(f"{last.removeprefix('File ')}: {code}" if code else last.removeprefix("File "))
        if index < len(lines):
            kept.append(lines[index])  # "AttributeError: ...": the error itself
            index += 1
    return "\n".join(kept)
