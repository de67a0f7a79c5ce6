"""The result line agrees with its numbers in both languages: one test, one prueba."""

import pytest

from puente.i18n import MESSAGES, format_message


@pytest.mark.parametrize(("lang", "passed", "total", "expected"), [
    ("es", 0, 1, "Pasan 0 de 1 prueba: 0 de 10 puntos."),
    ("es", 1, 3, "Pasa 1 de 3 pruebas: 2,5 de 10 puntos."),
    ("en", 0, 1, "0 of 1 test pass: 0 of 10 points."),
    ("en", 1, 3, "1 of 3 tests pass: 2.5 of 10 points."),
])
def test_the_result_line_agrees_with_its_numbers(lang, passed, total, expected):
    text = MESSAGES["passed_some"][lang == "es"]
    assert format_message(text, lang, passed=passed, total=total, points=2.5 * passed, max_points=10) == expected
