"""Static integrity flags: each cheating move is named; ordinary learner code raises none."""

import json

import pytest

from puente.grading.integrity import scan_notebook, scan_source

CLEAN = b'''
import pandas as pd


def default_rate(applications: pd.DataFrame) -> float:
    return float((applications["status"] == "bad").mean())


if __name__ == "__main__":
    import sys
    sys.exit(0)
'''


def test_ordinary_code_raises_no_flag():
    assert scan_source(CLEAN) == []


@pytest.mark.parametrize(
    ("source", "flag"),
    [
        (b"import os\nos._exit(0)\n", "exit-at-import"),
        (b"import sys\nif True:\n    sys.exit(0)\n", "exit-at-import"),
        (b"raise SystemExit(0)\n", "exit-at-import"),
        (b"import atexit\n", "atexit-hook"),
        (b"import sys\ndef f():\n    return sys._getframe(1).f_locals\n", "frame-inspection"),
        (b"import gc\n", "frame-inspection"),
        (b"import _pytest.reports\n", "patches-pytest"),
        (b"import pytest as p\np.approx = lambda *a: True\n", "patches-pytest"),
        (b"import pytest\nsetattr(pytest, 'raises', None)\n", "patches-pytest"),
        (b"import pytest\npytest.skip('no', allow_module_level=True)\n", "skip-at-import"),
        (b"import builtins\n", "patches-builtins"),
        (b"__builtins__['len'] = None\n", "patches-builtins"),
        (b"class A:\n    def __eq__(self, other):\n        return True\n", "always-true-eq"),
        (b"class A:\n    __eq__ = lambda self, other: True\n", "always-true-eq"),
        (b"def __getattr__(name):\n    return 1\n", "module-getattr"),
        (b"print('===== 10 passed in 0.1s =====')\n", "fake-test-summary"),
        (b"def f(:\n", "does-not-parse"),
    ],
)
def test_cheating_moves_are_flagged(source, flag):
    assert flag in scan_source(source)


def test_learners_may_write_pytest_tests():
    source = b"import pytest\n\n\ndef test_rate():\n    assert 0.25 == pytest.approx(0.25)\n"
    assert scan_source(source) == []


def test_an_honest_eq_is_only_noted():
    source = b"class A:\n    def __eq__(self, other):\n        return self.x == other.x\n"
    assert scan_source(source) == ["custom-eq"]


def test_notebook_code_cells_are_read_too():
    notebook = {"cells": [
        {"cell_type": "markdown", "source": ["import os; os._exit(0) is only text here"]},
        {"cell_type": "code", "source": ["%matplotlib inline\n", "import atexit\n"]},
    ]}
    assert scan_notebook(json.dumps(notebook).encode()) == ["atexit-hook"]
