"""Compare by exact type, then by value: the one helper graded tests use when learner values stay in-process.

`isinstance(x, float)` accepts a subclass whose `__eq__` says yes to everything; `plain(x)` does
not. It returns the value unchanged when it is built only of exact plain types (None, bool, int,
float, str, bytes, and lists, tuples and dicts of them; numpy's own scalar types count as their
Python twin and are converted), so that a following `==` or `pytest.approx` is Python's own.
Otherwise it fails the test with one clear line in the learner's language.

    assert plain(default_rate(table)) == pytest.approx(0.25)
"""

from puente.i18n import say

PLAIN = (type(None), bool, int, float, str, bytes)
CONTAINERS = (list, tuple, dict)


def _numpy_scalar(value):
    """numpy's exact scalar types (np.float64, np.int64, np.bool_, np.str_) as Python values; anything else: None."""
    numpy = __import__("sys").modules.get("numpy")
    if numpy is None or type(value) not in {numpy.float64, numpy.float32, numpy.int64, numpy.int32, numpy.bool_, numpy.str_}:
        return None
    return value.item() if type(value) is not numpy.str_ else str.__str__(value)


def plain(value, where: str = "the value"):
    """`value` if it is made only of exact plain types (numpy scalars converted); else an AssertionError."""
    kind = type(value)
    if kind in PLAIN:
        return value
    converted = _numpy_scalar(value)
    if converted is not None:
        return converted
    if kind in (list, tuple):
        return kind(plain(item, where) for item in value)
    if kind is dict:
        return {plain(key, where): plain(item, where) for key, item in dict.items(value)}
    raise AssertionError(say(
        en="{where} must be a plain Python value (float, int, str, list, dict), not a {kind}",
        es="{where} debe ser un valor simple de Python (float, int, str, list, dict), no un {kind}",
        where=where, kind=kind.__name__,
    ))


def exactly(value, expected_type: type, where: str = "the value"):
    """`plain(value)` whose type is exactly `expected_type` (no subclass), else an AssertionError."""
    checked = plain(value, where)
    if type(checked) is not expected_type:
        raise AssertionError(say(
            en="{where} must be a {expected}, got a {kind}",
            es="{where} debe ser un {expected}, pero es un {kind}",
            where=where, expected=expected_type.__name__, kind=type(value).__name__,
        ))
    return checked
