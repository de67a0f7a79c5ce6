import pandas as pd


def test_the_same_seed_gives_the_same_held_out_rows(load_example, credit_data_path):
    split_applications = load_example("seeds").split_applications
    applications = pd.read_csv(credit_data_path)
    _, first = split_applications(applications, seed=42)
    _, again = split_applications(applications, seed=42)
    _, other = split_applications(applications, seed=7)
    assert first.index.equals(again.index)
    assert not first.index.equals(other.index)
    assert len(first) == 891


def test_the_split_keeps_the_share_of_bad_credits(load_example, credit_data_path):
    train, test = load_example("seeds").split_applications(pd.read_csv(credit_data_path), seed=42)
    share = lambda rows: round(float((rows["status"] == "bad").mean()), 2)  # noqa: E731
    assert share(train) == share(test) == 0.28
