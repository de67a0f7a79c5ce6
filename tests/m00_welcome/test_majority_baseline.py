import pandas as pd
import pytest
from m00_welcome.majority_baseline import baseline_accuracy, majority_class

from puente.exact import plain
from puente.i18n import say


def test_majority_of_a_small_series():
    assert plain(majority_class(pd.Series(["bad", "good", "good"]))) == "good", say(
        en="two 'good' and one 'bad': the majority is 'good'", es="dos 'good' y un 'bad': la mayoría es 'good'"
    )


def test_tie_goes_to_the_first_label_alphabetically():
    assert plain(majority_class(pd.Series(["good", "bad"]))) == "bad", say(
        en="a tie goes to the first class in alphabetical order, 'bad'", es="un empate se lo lleva la primera clase en orden alfabético, 'bad'"
    )


def test_baseline_learns_from_train_only():
    train = pd.DataFrame({"status": ["good", "good", "bad"]})
    test = pd.DataFrame({"status": ["bad", "bad", "bad", "good"]})
    assert plain(baseline_accuracy(train, test)) == pytest.approx(0.25), say(en="predicting 'good' (train's majority) is right once in 4", es="predecir 'good' (la mayoría de train) acierta una vez de 4")


def test_baseline_on_the_lenders_data(credit_data_path):
    applications = pd.read_csv(credit_data_path)
    train, test = applications.iloc[:3000], applications.iloc[3000:]
    expected = (test["status"] == "good").mean()
    assert plain(baseline_accuracy(train, test)) == pytest.approx(expected), say(
        en="on the lender's data the baseline is right {rate:.1%} of the time", es="con los datos del prestamista la línea base acierta el {rate:.1%} de las veces", rate=expected
    )
    assert 0.70 < expected < 0.73

