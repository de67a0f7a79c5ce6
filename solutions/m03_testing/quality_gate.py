"""A quality gate: the test a model must pass before it may replace the one in production.

The gate compares the candidate with the champion (the model in production) on the same test
rows, checks that it beats a dummy baseline at all, and checks every age band separately,
because a good average can hide a group the model serves badly.

ES: Una compuerta de calidad: la prueba que un modelo debe pasar antes de reemplazar al que está
en producción. La compuerta compara al candidato con el campeón (el modelo en producción) en las
mismas filas de prueba, revisa que supere a una línea base tonta y revisa cada franja de edad por
aparte, porque un buen promedio puede esconder un grupo al que el modelo atiende mal.
"""

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

from credit_scoring.schema import FEATURE_COLUMNS, target

MIN_LIFT_OVER_BASELINE = 0.05
"""A sanity floor, not a bar: a prior-only dummy always scores ROC AUC 0.5, so this asks for 0.55.
It stops a broken pipeline (swapped labels, a constant model), not a merely weaker model.

ES: Un piso de cordura, no una meta: un dummy que solo conoce la proporción siempre saca ROC AUC
0.5, así que esto pide 0.55. Frena un pipeline dañado (etiquetas invertidas, un modelo constante),
no un modelo apenas más débil."""
MAX_DROP_FROM_CHAMPION = 0.01
"""The candidate may lose at most this much ROC AUC to the champion, on the same test rows.

ES: Lo máximo de ROC AUC que el candidato puede perder frente al campeón, en las mismas filas de prueba."""
MIN_SLICE_AUC = 0.70
"""Every age band must reach this ROC AUC on its own.

ES: Cada franja de edad debe alcanzar este ROC AUC por sí sola."""
AGE_BANDS = {"18-25": (18, 25), "26-35": (26, 35), "36-50": (36, 50), "51+": (51, 200)}
"""Inclusive age limits of each slice.

ES: Los límites de edad de cada franja, incluidos."""


def default_probability(model, applications: pd.DataFrame) -> pd.Series:
    """The model's probability that each applicant defaults (the class 1 column of predict_proba).

    ES: La probabilidad, según el modelo, de que cada solicitante no pague (la columna 1 de predict_proba).
    """
    return pd.Series(model.predict_proba(applications[list(FEATURE_COLUMNS)])[:, 1], index=applications.index)


def quality_gate(model, champion, train: pd.DataFrame, test: pd.DataFrame) -> list[str]:
    """One message per broken rule; an empty list means `model` may replace `champion`.

    `champion` is the model in production, or None for the very first model.

    ES: Un mensaje por cada regla incumplida; una lista vacía quiere decir que `model` puede
    reemplazar a `champion`, que es el modelo en producción (o None si es el primer modelo).
    """
    actual = target(test)
    probability = default_probability(model, test)
    model_auc = roc_auc_score(actual, probability)
    baseline = DummyClassifier(strategy="prior").fit(train[list(FEATURE_COLUMNS)], target(train))
    baseline_auc = roc_auc_score(actual, default_probability(baseline, test))
    failures = []
    if model_auc < baseline_auc + MIN_LIFT_OVER_BASELINE:
        failures.append(f"ROC AUC {model_auc:.3f} does not beat the dummy baseline's {baseline_auc:.3f} "
                        f"by {MIN_LIFT_OVER_BASELINE}")
    if champion is not None:
        champion_auc = roc_auc_score(actual, default_probability(champion, test))
        if model_auc < champion_auc - MAX_DROP_FROM_CHAMPION:
            failures.append(f"ROC AUC {model_auc:.3f} is more than {MAX_DROP_FROM_CHAMPION} below "
                            f"the champion's {champion_auc:.3f}, the model in production")
    for band, (youngest, oldest) in AGE_BANDS.items():
        rows = test["age"].between(youngest, oldest)
        band_auc = roc_auc_score(actual[rows], probability[rows])
        if band_auc < MIN_SLICE_AUC:
            failures.append(f"age band {band}: ROC AUC {band_auc:.3f} is below the floor {MIN_SLICE_AUC}")
    return failures
