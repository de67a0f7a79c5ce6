import pandas as pd

from credit_scoring.prepare import clean, prepare


def test_clean_drops_duplicates_and_unknown_categories(credit_data_path):
    raw = pd.read_csv(credit_data_path)
    raw.loc[0, "home"] = "castle"
    cleaned = clean(raw)
    assert len(cleaned) == 4452, "the course data holds 2 duplicate rows"
    assert cleaned["home"].isna().sum() == 7, "an unknown category becomes missing (6 were already missing)"


def test_split_is_stratified_reproducible_and_disjoint(credit_data_path):
    raw = pd.read_csv(credit_data_path)
    train, test = prepare(raw, test_size=0.2, seed=42)
    again, _ = prepare(raw, test_size=0.2, seed=42)
    assert (len(train), len(test)) == (3561, 891)
    assert train.equals(again), "the same seed must give the same split"
    bad_share = [(part["status"] == "bad").mean() for part in (train, test)]
    assert abs(bad_share[0] - bad_share[1]) < 0.01, f"both parts keep the share of bad credits, got {bad_share}"
    assert len(pd.concat([train, test]).drop_duplicates()) == len(train) + len(test)
