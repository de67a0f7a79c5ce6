def test_monitoring_lifts_the_weakest_section(load_example):
    example = load_example("ml_test_score_after_m07")
    scores = example.rubric.section_scores(example.CHECKLIST_AFTER_M07)
    assert scores == {"data": 3.5, "model": 4.5, "infrastructure": 3.5, "monitoring": 2.5}
    assert example.rubric.ml_test_score(example.CHECKLIST_AFTER_M07) == 2.5
    assert example.rubric.verdict(2.5) == "reasonably tested; more of the tests and procedures may be automated"
