import re

import yaml


def test_every_rule_waits_and_reads_the_services_metrics(examples_dir):
    rules = yaml.safe_load((examples_dir / "prometheus_alerts.yml").read_text(encoding="utf-8"))["groups"][0]["rules"]
    assert [r["alert"] for r in rules] == ["ScoringErrorsHigh", "ScoringSlow", "ScoresShifted"]
    assert [r["for"] for r in rules] == ["10m", "15m", "3d"]
    assert rules[0]["keep_firing_for"] == "15m"
    metrics = {name for r in rules for name in re.findall(r"puente_\w+", r["expr"])}
    assert metrics == {"puente_requests_total", "puente_request_seconds_bucket", "puente_score_bucket", "puente_score_count"}
