"""The ML Test Score (Breck et al. 2017) applied to the course's credit-scoring pipeline after module 03.

Each of the 28 tests scores 0 (not done), 0.5 (done by hand, results written down and shared) or
1 (automated, run again on every change). A section's score is the sum of its tests; the final
score is the LOWEST section score, because one neglected area is enough to hurt production.
"""

NOT_DONE, MANUAL, AUTOMATED = 0.0, 0.5, 1.0

CHECKLIST: dict[str, list[tuple[str, float, str]]] = {
    "data": [
        ("feature expectations are captured in a schema", AUTOMATED, "m03 validate_batch"),
        ("all features are beneficial", NOT_DONE, ""),
        ("no feature's cost is too much", NOT_DONE, ""),
        ("features adhere to meta-level requirements", AUTOMATED, "m03 marital-status invariance"),
        ("the data pipeline has appropriate privacy controls", NOT_DONE, ""),
        ("new features can be added quickly", MANUAL, "m02 dvc.yaml stages"),
        ("all input feature code is tested", AUTOMATED, "m03 feature tests"),
    ],
    "model": [
        ("model specs are reviewed and versioned", MANUAL, "m02 params.yaml in git"),
        ("offline and online metrics correlate", NOT_DONE, "m07"),
        ("all hyperparameters have been tuned", MANUAL, "m02 experiments"),
        ("the impact of model staleness is known", NOT_DONE, "m07"),
        ("a simpler model is not better", AUTOMATED, "m03 gate against the dummy baseline"),
        ("model quality is sufficient on important data slices", AUTOMATED, "m03 gate per age band"),
        ("the model is tested for considerations of inclusion", MANUAL, "m03 behavioural tests"),
    ],
    "infrastructure": [
        ("training is reproducible", AUTOMATED, "m02 dvc repro"),
        ("model specs are unit tested", MANUAL, "m03"),
        ("the ML pipeline is integration tested", MANUAL, "m02, then m06 CI"),
        ("model quality is validated before serving", MANUAL, "m03 gate, wired into m06"),
        ("the model is debuggable", MANUAL, "m01 notebooks"),
        ("models are canaried before serving", NOT_DONE, "m05"),
        ("serving models can be rolled back", MANUAL, "m02 time travel"),
    ],
    "monitoring": [
        ("dependency changes result in notification", NOT_DONE, "m04, m06"),
        ("data invariants hold for training and serving inputs", NOT_DONE, "m05, m07"),
        ("training and serving features compute the same values", NOT_DONE, "m05"),
        ("models are not too stale", NOT_DONE, "m07"),
        ("the model is numerically stable", NOT_DONE, "m07"),
        ("no regression in training speed, serving latency, throughput or RAM", NOT_DONE, "m05, m07"),
        ("no regression in prediction quality on served data", NOT_DONE, "m07"),
    ],
}

VERDICTS = [
    (0.0, "more of a research project than a productionized system"),
    (1.0, "not totally untested, but there may be serious holes in reliability"),
    (2.0, "a first pass at basic productionization; more investment may be needed"),
    (3.0, "reasonably tested; more of the tests and procedures may be automated"),
    (5.0, "strong levels of automated testing and monitoring, fit for mission-critical systems"),
]


def section_scores(checklist: dict[str, list[tuple[str, float, str]]] = CHECKLIST) -> dict[str, float]:
    return {section: sum(points for _, points, _ in tests) for section, tests in checklist.items()}


def ml_test_score(checklist: dict[str, list[tuple[str, float, str]]] = CHECKLIST) -> float:
    return min(section_scores(checklist).values())


def verdict(score: float) -> str:
    for ceiling, meaning in VERDICTS:
        if score <= ceiling:
            return meaning
    return "exceptional levels of automated testing and monitoring"
