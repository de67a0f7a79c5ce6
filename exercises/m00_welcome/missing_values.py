"""Which columns have holes? Missing values are the first thing production data throws at a model.

ES: ¿Qué columnas tienen huecos? Los valores faltantes son lo primero que los datos de producción le lanzan a un modelo.
"""

import pandas as pd


def missing_by_column(applications: pd.DataFrame) -> dict[str, int]:
    """Count missing values per column, only columns that have any, largest count first.

    ES: Cuente los valores faltantes por columna, solo las columnas que tengan alguno, el conteo más grande primero.
    """
    # TODO: count the missing values of each column (pandas: .isna().sum()),
    # POR HACER: cuente los valores faltantes de cada columna (pandas: .isna().sum()),
    # keep the columns with at least one, sort them from most to fewest, and return
    # ES: conserve las columnas que tengan al menos uno, ordénelas de más a menos y devuelva
    # a plain dict {column: count} with int counts.
    # ES: un dict simple {columna: conteo} con conteos int.
    return {}
