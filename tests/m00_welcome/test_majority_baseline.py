import pandas as pd
import pytest
from m00_welcome.majority_baseline import baseline_accuracy, majority_class

from puente.exact import plain


def test_majority_of_a_small_series():
    assert plain(majority_class(pd.Series(["bad", "good", "good"]))) == "good"


def test_tie_goes_to_the_first_label_alphabetically():
    assert plain(majority_class(pd.Series(["good", "bad"]))) == "bad"


def test_baseline_learns_from_train_only():
    train = pd.DataFrame({"status": ["good", "good", "bad"]})
    test = pd.DataFrame({"status": ["bad", "bad", "bad", "good"]})
    assert plain(baseline_accuracy(train, test)) == pytest.approx(0.25), "predicting 'good' (train's majority) is right once in 4"


def test_baseline_on_the_lenders_data(credit_data_path):
    applications = pd.read_csv(credit_data_path)
    train, test = applications.iloc[:3000], applications.iloc[3000:]
    expected = (test["status"] == "good").mean()
    assert plain(baseline_accuracy(train, test)) == pytest.approx(expected)
    assert 0.70 < expected < 0.73
