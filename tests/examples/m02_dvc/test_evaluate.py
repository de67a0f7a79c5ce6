import importlib.util


def test_auc_counts_pairs_and_half_ties(course_root):
    spec = importlib.util.spec_from_file_location("toy_evaluate", course_root / "modules/m02_dvc/examples/toy_pipeline/evaluate.py")
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    assert evaluate.auc([0.9, 0.1, 0.5], [True, False, False]) == 1.0
    assert evaluate.auc([0.5, 0.5], [True, False]) == 0.5
    assert evaluate.auc([0.2, 0.8, 0.4], [True, False, False]) == 0.0
