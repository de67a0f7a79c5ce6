"""Which column tells good credits from bad ones? A first real question to ask of the lender's data.

ES: ¿Qué columna separa los créditos buenos de los malos? Una primera pregunta de verdad para los
datos del banco.
"""

import pandas as pd

MIN_GROUP = 100
"""A bad rate measured on fewer applicants than this is too noisy to compare, so the group is left out.

ES: Una tasa de malos medida sobre menos solicitantes que esto es demasiado ruidosa para comparar,
así que el grupo se deja por fuera."""


def bad_rate_by_group(applications: pd.DataFrame, column: str, min_group: int = MIN_GROUP) -> dict[str, float]:
    """The share of bad credits for each value of `column` held by at least `min_group` applicants.

    Missing values of `column` form no group.

    ES: La proporción de créditos malos para cada valor de `column` que tengan al menos `min_group`
    solicitantes. Los valores faltantes de `column` no forman grupo.
    """
    # TODO: for each value of `column` (not the missing ones), count its applicants and the share whose status is "bad".
    # POR HACER: para cada valor de `column` (no los faltantes), cuente sus solicitantes y la proporción cuyo status es "bad".
    # TODO: keep the values with at least `min_group` applicants; return {value: rate} with plain str keys and float rates.
    # POR HACER: quédese con los valores que tengan al menos `min_group` solicitantes; devuelva {valor: tasa} con claves str y tasas float.
    return {}


def bad_rate_gap(applications: pd.DataFrame, column: str, min_group: int = MIN_GROUP) -> float:
    """The highest bad rate minus the lowest among the groups of `column` (0.0 with fewer than two groups).

    ES: La tasa de malos más alta menos la más baja entre los grupos de `column` (0.0 si hay menos de dos grupos).
    """
    # TODO: the largest rate of bad_rate_by_group minus the smallest, as a float; 0.0 if it has fewer than two groups.
    # POR HACER: la tasa más grande de bad_rate_by_group menos la más pequeña, como float; 0.0 si tiene menos de dos grupos.
    return -1.0


def most_separating_column(applications: pd.DataFrame, columns: list[str], min_group: int = MIN_GROUP) -> tuple[str, float]:
    """The column of `columns` with the largest bad-rate gap, and that gap.

    ES: La columna de `columns` con la mayor brecha en la tasa de malos, y esa brecha.
    """
    # TODO: the gap of every column, then the (column, gap) pair with the largest gap.
    # POR HACER: la brecha de cada columna y luego la pareja (columna, brecha) con la brecha más grande.
    return "", 0.0
