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
    is_bad = applications["status"].eq("bad")
    groups = is_bad.groupby(applications[column]).agg(["mean", "size"])
    kept = groups[groups["size"] >= min_group]
    return {str(value): float(rate) for value, rate in kept["mean"].items()}


def bad_rate_gap(applications: pd.DataFrame, column: str, min_group: int = MIN_GROUP) -> float:
    """The highest bad rate minus the lowest among the groups of `column` (0.0 with fewer than two groups).

    ES: La tasa de malos más alta menos la más baja entre los grupos de `column` (0.0 si hay menos de dos grupos).
    """
    rates = bad_rate_by_group(applications, column, min_group).values()
    return float(max(rates) - min(rates)) if len(rates) >= 2 else 0.0


def most_separating_column(applications: pd.DataFrame, columns: list[str], min_group: int = MIN_GROUP) -> tuple[str, float]:
    """The column of `columns` with the largest bad-rate gap, and that gap.

    ES: La columna de `columns` con la mayor brecha en la tasa de malos, y esa brecha.
    """
    gaps = {column: bad_rate_gap(applications, column, min_group) for column in columns}
    best = max(gaps, key=gaps.get)
    return best, gaps[best]
