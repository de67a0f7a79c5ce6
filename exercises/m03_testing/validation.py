"""Check a batch of credit applications before the model sees it: refuse bad data loudly.

A batch that breaks a rule raises BatchError naming the column and the rule, so whoever sends
the data knows what to fix. Rules, checked in this order: required, type, missing, range, category.

ES: Revise un lote de solicitudes de crédito antes de que el modelo lo vea: rechace los datos malos con
claridad. Un lote que rompe una regla lanza BatchError con la columna y la regla, para que quien envía los
datos sepa qué corregir. Reglas, en este orden: required, type, missing, range, category.
"""

import pandas as pd
from pandas.api.types import is_numeric_dtype

from credit_scoring.schema import CATEGORIES, FEATURE_COLUMNS

NUMERIC_RANGES: dict[str, tuple[float, float]] = {
    "seniority": (0, 60), "time": (1, 120), "age": (18, 100), "expenses": (0, 1_000), "income": (0, 10_000),
    "assets": (0, 10_000_000), "debt": (0, 10_000_000), "amount": (1, 100_000), "price": (1, 1_000_000),
}
"""Inclusive bounds of every numeric column.

ES: Límites, incluidos los extremos, de cada columna numérica.
"""
MAY_BE_MISSING = ("home", "marital", "job", "income", "assets", "debt")
"""Columns where a missing value is normal; every other column must be complete.

ES: Columnas en las que un valor faltante es normal; todas las demás deben estar completas.
"""
MAX_MISSING_SHARE = 0.5
"""Even where missing values are normal, more than half missing means a broken feed.

ES: Aun donde los faltantes son normales, que falte más de la mitad indica una fuente de datos dañada.
"""


class BatchError(ValueError):
    """A batch broke a rule: `column` and `rule` say which, the message says what to fix.

    ES: Un lote rompió una regla: `column` y `rule` dicen cuál; el mensaje dice qué corregir.
    """

    def __init__(self, column: str, rule: str, detail: str) -> None:
        super().__init__(f"column '{column}' breaks the {rule} rule: {detail}")
        self.column = column
        self.rule = rule


def validate_batch(batch: pd.DataFrame) -> None:
    """Return None for a good batch; raise BatchError(column, rule, detail) at the first broken rule.

    ES: Devuelva None para un lote bueno; lance BatchError(column, rule, detail) en la primera regla rota.
    """
    # TODO: check the rules in this order and raise BatchError at the first one broken:
    # "required" (a column of FEATURE_COLUMNS is absent), "type" (a NUMERIC_RANGES column is not
    # numeric), "missing" (a missing value outside MAY_BE_MISSING, or more than MAX_MISSING_SHARE
    # missing anywhere), "range" (a number outside NUMERIC_RANGES), "category" (a value outside
    # CATEGORIES; missing values are not a category problem). Until then it refuses every batch.
    # POR HACER: revise las reglas en este orden y lance BatchError en la primera que se rompa:
    # ES: "required" (falta una columna de FEATURE_COLUMNS), "type" (una columna de NUMERIC_RANGES no es
    # ES: numérica), "missing" (un faltante fuera de MAY_BE_MISSING, o más de MAX_MISSING_SHARE faltantes
    # ES: en cualquier columna), "range" (un número fuera de NUMERIC_RANGES), "category" (un valor fuera de
    # ES: CATEGORIES; los faltantes no son un problema de categoría). Mientras tanto rechaza todo lote.
    raise BatchError("(none)", "todo", "validate_batch: TODO / POR HACER")
