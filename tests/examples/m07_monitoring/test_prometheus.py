import yaml


def test_the_scrape_config_reads_the_service_and_its_rules(examples_dir):
    config = yaml.safe_load((examples_dir / "prometheus.yml").read_text(encoding="utf-8"))
    assert config["rule_files"] == ["prometheus_alerts.yml"]
    assert (examples_dir / config["rule_files"][0]).is_file()
    job = config["scrape_configs"][0]
    assert (job["job_name"], job["metrics_path"]) == ("credit-scoring", "/metrics")
