"""The trust boundary: learner functions run in a worker process; only plain data comes back.

Each check runs in a fresh interpreter that installs the boundary the way the guard plugin does,
over a small learner package written here, and prints what the trusted side saw as JSON.
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from puente.grading import boundary, wire

LEARNER = '''
import gc
import os

import pandas as pd

LIMITS = (25, 35, 50)


class Anything(float):
    def __eq__(self, other):
        return True


class BatchError(ValueError):
    def __init__(self, column, rule):
        super().__init__(f"column {column} breaks {rule}")
        self.column, self.rule = column, rule


def rate(frame):
    return float((frame["status"] == "bad").mean())


def always_equal():
    return Anything(0.0)


def refuse(column):
    raise BatchError(column, "range")


def leave():
    os._exit(0)


def steal():
    return [type(o).__name__ for o in gc.get_objects() if type(o).__name__ in ("Guard", "Config")][:1]


def halves(frame):
    return frame.assign(half=frame["amount"] / 2)


def echo(value):
    return value


def descriptors():
    found = []
    for name in os.listdir("/proc/self/fd"):
        try:
            found.append(os.readlink(f"/proc/self/fd/{name}"))
        except OSError:  # the descriptor listdir itself used
            pass
    return found


def loaded():
    import sys
    return sorted(name for name in sys.modules if name.split(".")[0] in ("pytest", "_pytest") or name.endswith("guard_plugin"))
'''

TRUSTED = '''
import json, os, sys
import pandas as pd
from puente.grading import boundary

key_read, key_write = os.pipe()  # stand-ins for the guard's key and report descriptors, as the sandbox passes them
report_read, report_write = os.pipe()
os.close(key_write)
os.close(report_read)
if sys.argv[2] == "forked":  # as puente.grading.launch does, before pytest starts
    from puente.grading import worker
    worker.warm()
    boundary.prefork(sys.argv[1], (key_read, report_write))
worker = boundary.install(sys.argv[1], 5.0)
from m00_welcome.tricks import BatchError, LIMITS, always_equal, descriptors, echo, halves, leave, loaded, rate, refuse, steal

guard_pipes = {f"pipe:[{os.fstat(fd).st_ino}]" for fd in (key_read, report_write)}
seen = {"grader_descriptors": sorted(guard_pipes & set(descriptors())), "loaded": loaded()}

seen |= {"limits": list(LIMITS), "rate": rate(pd.DataFrame({"status": ["bad", "good", "good", "good"]}))}
seen["rate_type"] = type(seen["rate"]).__name__
try:
    always_equal()
except TypeError as error:
    seen["always_equal"] = f"{type(error).__name__}: {error}"
try:
    refuse("age")
except BatchError as error:
    seen["refuse"] = [type(error).__name__, isinstance(error, ValueError), error.column, error.rule, str(error)]
try:
    leave()
except Exception as error:
    seen["leave"] = type(error).__name__
seen["after_leave"] = rate(pd.DataFrame({"status": ["bad"]}))
seen["steal"] = steal()
frame = halves(pd.DataFrame({"amount": [10.0, 3.0]}, index=[4, 7]))
seen["halves"] = [list(frame.index), frame["half"].tolist()]
tag_like = {"__puente__": "blob", "i": 0}  # the learner's own data, spelled like the wire's binary parts
seen["echo"] = [echo(tag_like) == tag_like, echo(b"\\x00\\xff" * 3) == b"\\x00\\xff" * 3, echo(pd.Series(["a", None])).equals(pd.Series(["a", None]))]
seen["in_this_process"] = sorted(name for name in sys.modules if name.startswith("m00_welcome"))
seen["learner_code_here"] = any(getattr(m, "__file__", None) for n, m in sys.modules.items() if n.startswith("m00_welcome"))
worker.stop()
print(json.dumps(seen))
'''


@pytest.fixture(scope="module", params=["forked", "started"])
def seen(request, tmp_path_factory) -> dict:
    """The first worker is forked before pytest starts (the grader's way); after an exit, one is started anew."""
    target = tmp_path_factory.mktemp("target")
    (target / "m00_welcome").mkdir()
    (target / "m00_welcome" / "__init__.py").write_text("")
    (target / "m00_welcome" / "tricks.py").write_text(textwrap.dedent(LEARNER))
    done = subprocess.run([sys.executable, "-c", TRUSTED, str(target), request.param], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_plain_values_come_back_as_exact_types(seen):
    assert seen["rate"] == 0.25 and seen["rate_type"] == "float" and seen["limits"] == [25, 35, 50]


def test_an_always_equal_subclass_cannot_cross(seen):
    assert seen["always_equal"].startswith("NotPlainData: a Anything is not plain data")


def test_a_learner_exception_is_rebuilt_with_its_class_and_attributes(seen):
    assert seen["refuse"] == ["BatchError", True, "age", "range", "column age breaks range"]


def test_an_exit_costs_only_its_call(seen):
    assert seen["leave"] == "WorkerGone" and seen["after_leave"] == 1.0


def test_the_worker_holds_nothing_of_the_grader(seen):
    assert seen["steal"] == [], "no Guard and no pytest Config live in the worker"
    assert seen["grader_descriptors"] == [], "the key's and the report's descriptors are closed in the worker"
    assert seen["loaded"] == [], "pytest and the guard are never imported in the worker"
    assert seen["learner_code_here"] is False, "the trusted process holds proxies only, never the learner's module"


def test_tables_keep_their_index_and_values(seen):
    assert seen["halves"] == [[4, 7], [5.0, 1.5]]


def test_binary_parts_and_look_alike_data_cross_as_they_are(seen):
    assert seen["echo"] == [True, True, True]


def test_binary_data_crosses_unencoded():
    """A table or a pickle travels as its own bytes, not as base64 inside a JSON string (a third larger, and parsed)."""
    payload = bytes(range(256)) * 400
    assert len(wire.dumps(payload)) < len(payload) + 200


@pytest.mark.parametrize("answer", [b"", b"\x01\x00\x00\x00" + (100).to_bytes(8, "little") + b"{}",
                                    b"\x02\x00\x00\x00" + b"\xff" * 16, b"\x00\x00\x00\x00",
                                    b"\x01\x00\x00\x00" + (2).to_bytes(8, "little") + b"[]"],
                         ids=["gone", "cut-short", "too-large", "no-parts", "not-an-object"])
def test_an_unreadable_answer_fails_only_its_call(answer):
    """Whatever the worker writes, the trusted side neither hangs, nor allocates what it claims, nor crashes."""
    requests_read, requests_write = os.pipe()
    answers_read, answers_write = os.pipe()
    answering = "import os, sys; os.read(int(sys.argv[1]), 1); os.write(int(sys.argv[2]), bytes.fromhex(sys.argv[3]))"
    writer = subprocess.Popen([sys.executable, "-c", answering, str(requests_read), str(answers_write), answer.hex()],
                              pass_fds=(requests_read, answers_write))  # answers once it has a request, then ends
    os.close(answers_write)
    os.close(requests_read)
    worker = boundary.Worker("unused", 5.0)
    worker._adopt(writer, requests_write, answers_read)
    try:
        with pytest.raises(boundary.WorkerGone):
            worker.ask({"op": "import", "module": "m00_welcome.tricks"})
    finally:
        worker.stop()


@pytest.mark.parametrize("value", [None, True, 3, 2.5, float("nan"), float("inf"), "año", b"\x00\xff", (1, "a"), {1, 2},
                                   {"a": [1, {"b": None}]}, {3: "x"}, Path("a b/ñ.csv")])
def test_plain_data_round_trips(value):
    back = wire.loads(wire.dumps(value))
    assert type(back) is type(value)
    assert back == value or (value != value and back != back)


def test_tables_and_arrays_round_trip():
    frame = pd.DataFrame({"x": [1.5, np.nan], "s": ["a", None]}, index=[10, 20])
    pd.testing.assert_frame_equal(wire.loads(wire.dumps(frame)), frame)
    series = pd.Series([1, 2], name="n")
    pd.testing.assert_series_equal(wire.loads(wire.dumps(series)), series)
    assert wire.loads(wire.dumps(np.arange(3))).tolist() == [0, 1, 2]


def test_the_trusted_side_never_unpickles():
    sent = wire.dumps(object(), allow_pickle=True)  # trusted -> worker only
    with pytest.raises(wire.NotPlainData, match="pickled value came from the untrusted side"):
        wire.loads(sent)
