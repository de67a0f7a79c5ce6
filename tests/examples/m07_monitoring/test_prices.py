import datetime

import yaml


def test_the_price_list_is_dated_and_cited(examples_dir):
    prices = yaml.safe_load((examples_dir / "prices.yaml").read_text(encoding="utf-8"))
    assert datetime.date.fromisoformat(prices["as_of"]) == datetime.date(2025, 6, 30)
    assert set(prices["sources"]) == {"instances", "serverless", "ci"}
    assert all(url.startswith("https://") for url in prices["sources"].values())
    assert prices["instances"]["c7i.2xlarge"]["usd_per_hour"] == 4 * prices["instances"]["c7i.large"]["usd_per_hour"]
    assert prices["hours_per_month"] == 730
