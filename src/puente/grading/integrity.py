"""Static integrity flags: read the submission's Python (never run it) for known cheating moves.

A flag is a reason for a human to look, named in grades.csv. Blocking flags (the moves that
only make sense to fool a test) zero the exercise unless the instructor keeps flagged scores.
"""

import ast
import re

BLOCKING = {
    "exit-at-import",
    "atexit-hook",
    "frame-inspection",
    "patches-pytest",
    "patches-builtins",
    "always-true-eq",
    "module-getattr",
    "fake-test-summary",
    "skip-at-import",
    "forged-report",
    "runtime-tampering",
    # introspection no exercise of this course needs: the ways to the grader's objects
    "introspection",
    "uses-gc",
    "uses-ctypes",
    "dynamic-code",
    "builtin-subclass-eq",
    "reads-module-source",
}
# moves that reach the guard (and so every record of the run): they hold the whole submission, not one exercise
WHOLE_RUN = {"introspection", "uses-gc", "uses-ctypes", "dynamic-code"}
# attributes (or strings naming them, for getattr) that reach closures, frames, signal handlers, classes' subclasses
INTROSPECTION_NAMES = {"__closure__", "cell_contents", "getsignal", "__subclasses__", "__globals__", "__code__",
                       "__self__", "__func__", "gi_frame", "cr_frame", "ag_frame", "f_back", "f_locals", "f_globals",
                       "tb_frame", "_getframe", "currentframe", "get_referrers", "get_referents", "get_objects",
                       "__reduce_ex__", "__getattribute__", "__dict__", "__mro__", "__bases__"}
BUILTIN_TYPES = {"float", "int", "str", "dict", "list", "tuple", "set", "frozenset", "bytes", "bool", "complex"}
EQ_METHODS = {"__eq__", "__ne__", "__hash__", "__bool__", "__float__", "__int__", "__index__", "__str__", "__repr__",
              "__getattribute__", "__class__", "__instancecheck__"}
DYNAMIC_CALLS = {"exec", "eval", "compile", "__import__", "import_module"}
# in a learner's own test file: ways to fingerprint the module under test instead of testing its behaviour
SOURCE_NAMES = {"__file__", "getsource", "getsourcefile", "getsourcelines", "getfile", "__spec__", "__loader__",
                "get_source", "co_code", "__cached__", "origin"}
FRAME_NAMES = {"_getframe", "currentframe", "f_back", "f_locals", "f_globals", "stack", "getouterframes", "get_referrers", "get_objects", "gi_frame", "tb_frame"}
SUMMARY = re.compile(r"\b\d+ (passed|failed)\b|=+ .*(passed|failed)")
EXIT_CALLS = {("os", "_exit"), ("sys", "exit"), ("os", "abort"), ("os", "kill")}


def scan_source(source: bytes, test_file: bool = False) -> list[str]:
    """Sorted, unique flag names for one Python file (`test_file`: a learner's own tests, graded by mutation)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return ["does-not-parse"]
    flags: set[str] = set()
    _module_level(tree, flags)
    pytest_names = _pytest_aliases(tree)
    for node in ast.walk(tree):
        _introspection(node, flags)
        _imports(node, flags)
        _pytest_patching(node, pytest_names, flags)
        _attributes(node, flags)
        _eq_methods(node, flags)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SUMMARY.search(node.value):
            flags.add("fake-test-summary")
        if test_file:
            _reads_source(node, flags)
    return sorted(flags)


def _introspection(node: ast.AST, flags: set[str]) -> None:
    """Closures, frames, signal handlers, subclasses, gc, and code built from strings the scan cannot read."""
    if isinstance(node, ast.Attribute) and node.attr in INTROSPECTION_NAMES:
        flags.add("introspection")
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in INTROSPECTION_NAMES | DYNAMIC_CALLS:
        flags.add("introspection")
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        literal = node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
        if name in DYNAMIC_CALLS and not literal:
            flags.add("dynamic-code")
        if name in {"getattr", "setattr", "delattr"} and len(node.args) >= 2 and not isinstance(node.args[1], ast.Constant):
            flags.add("dynamic-code")
        if name == "type" and len(node.args) == 3:
            flags.add("builtin-subclass-eq")
    if isinstance(node, ast.ClassDef):
        bases = {ast.unparse(base) for base in node.bases}
        methods = {item.name for item in node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))}
        methods |= {target.id for item in node.body if isinstance(item, ast.Assign) for target in item.targets
                    if isinstance(target, ast.Name)}
        unusual = any(not isinstance(base, (ast.Name, ast.Attribute)) for base in node.bases)
        if methods & EQ_METHODS and (bases & BUILTIN_TYPES or unusual or any(b.split(".")[-1] in BUILTIN_TYPES | {"ndarray", "float64", "Series", "DataFrame"} for b in bases)):
            flags.add("builtin-subclass-eq")


def _reads_source(node: ast.AST, flags: set[str]) -> None:
    """A learner's test that reads or hashes the module under test (its file, its source, its code)."""
    if isinstance(node, ast.Attribute) and node.attr in SOURCE_NAMES:
        flags.add("reads-module-source")
    if isinstance(node, ast.Name) and node.id in SOURCE_NAMES:
        flags.add("reads-module-source")
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and (node.value.endswith(".py") or "packs" in node.value):
        flags.add("reads-module-source")
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        names = [alias.name for alias in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
        if any(name.split(".")[0] in {"hashlib", "inspect", "zlib", "marshal", "dis", "importlib", "linecache", "tokenize"} for name in names):
            flags.add("reads-module-source")


def scan_notebook(data: bytes) -> list[str]:
    """The same flags for a notebook's code cells (magics and shell lines left out)."""
    import json

    try:
        cells = json.loads(data)["cells"]
        code = [line for cell in cells if cell.get("cell_type") == "code" for line in _lines(cell.get("source", ""))]
    except (ValueError, KeyError, TypeError, AttributeError):
        return ["does-not-parse"]
    return scan_source("\n".join(line for line in code if not line.lstrip().startswith(("%", "!"))).encode("utf-8"))


def _lines(source) -> list[str]:
    text = "".join(source) if isinstance(source, list) else str(source)
    return text.splitlines()


def _call_name(node: ast.AST) -> tuple[str, str] | None:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            return func.value.id, func.attr
        if isinstance(func, ast.Name):
            return "", func.id
    return None


def _module_level(tree: ast.Module, flags: set[str]) -> None:
    """Exits that run at import: statements outside functions, classes and `if __name__ == "__main__"`."""
    for statement in tree.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if isinstance(statement, ast.FunctionDef) and statement.name == "__getattr__":
                flags.add("module-getattr")
            continue
        if isinstance(statement, ast.If) and "__main__" in ast.unparse(statement.test):
            continue
        for node in ast.walk(statement):
            name = _call_name(node)
            if name in EXIT_CALLS or (name and name[0] == "" and name[1] in {"exit", "quit"}):
                flags.add("exit-at-import")
            if isinstance(node, ast.Raise) and node.exc is not None and "SystemExit" in ast.unparse(node.exc):
                flags.add("exit-at-import")
            if name and name[1] in {"skip", "exit", "xfail", "fail", "importorskip"} and name[0] in _pytest_aliases(tree):
                flags.add("skip-at-import")


def _imports(node: ast.AST, flags: set[str]) -> None:
    names: list[str] = []
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom) and node.module:
        names = [node.module]
    for name in names:
        top = name.split(".")[0]
        if top in {"_pytest", "pluggy"}:
            flags.add("patches-pytest")
        elif top == "builtins":
            flags.add("patches-builtins")
        elif top == "atexit":
            flags.add("atexit-hook")
        elif top == "gc":
            flags.update({"frame-inspection", "uses-gc"})
        elif top in {"inspect", "traceback"}:
            flags.add("frame-inspection")
        elif top in {"ctypes", "socket", "urllib", "http", "subprocess", "multiprocessing", "signal", "faulthandler", "resource"}:
            flags.add(f"uses-{top}")


def _pytest_aliases(tree: ast.Module) -> set[str]:
    """Names bound to pytest in this file (`import pytest`, `import pytest as p`)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.asname or alias.name for alias in node.names if alias.name == "pytest")
    return names


def _pytest_patching(node: ast.AST, pytest_names: set[str], flags: set[str]) -> None:
    """Writing into pytest (`pytest.approx = ...`, `setattr(pytest, ...)`); importing it to write tests is fine."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
    for target in targets:
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id in pytest_names:
            flags.add("patches-pytest")
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"setattr", "delattr"}
        and node.args
        and isinstance(node.args[0], ast.Name)
        and node.args[0].id in pytest_names
    ):
        flags.add("patches-pytest")


def _attributes(node: ast.AST, flags: set[str]) -> None:
    if isinstance(node, ast.Attribute) and node.attr in FRAME_NAMES:
        flags.add("frame-inspection")
    if isinstance(node, ast.Name) and node.id == "__builtins__":
        flags.add("patches-builtins")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "fork":
        flags.add("uses-fork")


def _eq_methods(node: ast.AST, flags: set[str]) -> None:
    """An `__eq__` (or `__ne__`) that ignores its argument and returns a constant."""
    if isinstance(node, ast.Assign) and any(getattr(t, "id", "") in {"__eq__", "__ne__"} for t in node.targets):
        constant = isinstance(node.value, ast.Lambda) and isinstance(node.value.body, ast.Constant)
        flags.add("always-true-eq" if constant else "custom-eq")
        return
    if not isinstance(node, (ast.FunctionDef, ast.Lambda)) or getattr(node, "name", "") not in {"__eq__", "__ne__"}:
        return
    returns = [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
    if returns and all(isinstance(value, ast.Constant) for value in returns):
        flags.add("always-true-eq")
    else:
        flags.add("custom-eq")
