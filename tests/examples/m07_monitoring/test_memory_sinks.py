import pytest


def test_where_the_memory_goes(load_example, reference):
    costs = load_example("memory_sinks").column_costs(reference)
    assert costs["numbers as float32"] == pytest.approx(costs["numbers as float64"] / 2, rel=0.01)
    assert costs["job as category"] < costs["job as text"] / 50
    assert costs["one-hot of income (a number!)"] > 80 * costs["one-hot of job"]
