"""Module 03's ML Test Score, scored again now that the pipeline is monitored (module 07)."""

import importlib.util
from pathlib import Path

_path = Path(__file__).resolve().parents[2] / "m03_testing" / "examples" / "ml_test_score.py"
_spec = importlib.util.spec_from_file_location("m03_ml_test_score", _path)
rubric = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rubric)
NOT_DONE, MANUAL, AUTOMATED = rubric.NOT_DONE, rubric.MANUAL, rubric.AUTOMATED

MONITORING_AFTER_M07 = [
    ("dependency changes result in notification", NOT_DONE, "m06"),
    ("data invariants hold for training and serving inputs", MANUAL, "m07 drift report, read every month"),
    ("training and serving features compute the same values", NOT_DONE, "m05 shares the schema, not the values"),
    ("models are not too stale", MANUAL, "m07 AUC on matured loans, retraining rule"),
    ("the model is numerically stable", NOT_DONE, "the score histogram would show NaN; nothing alerts on it"),
    ("no regression in training speed, serving latency, throughput or RAM", AUTOMATED, "m07 /metrics and alert rules"),
    ("no regression in prediction quality on served data", MANUAL, "m07 AUC on matured loans"),
]
MODEL_AFTER_M07 = [
    (name, MANUAL, "m07 AUC on matured loans") if name in {"offline and online metrics correlate",
                                                          "the impact of model staleness is known"} else (name, points, where)
    for name, points, where in rubric.CHECKLIST["model"]
]
CHECKLIST_AFTER_M07 = {**rubric.CHECKLIST, "model": MODEL_AFTER_M07, "monitoring": MONITORING_AFTER_M07}
