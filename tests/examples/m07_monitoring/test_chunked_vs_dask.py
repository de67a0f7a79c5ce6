import pytest


@pytest.mark.slow
def test_both_engines_give_the_same_summary(load_example, applications, model):
    example = load_example("chunked_vs_dask")
    pandas = example.scores_summary_pandas(model, applications, rows=25_000, chunk_size=10_000)
    dask = example.scores_summary_dask(model, applications, rows=25_000, chunk_size=10_000)
    assert pandas["rows"] == dask["rows"] == 25_000
    assert dask["mean_score"] == pytest.approx(pandas["mean_score"], rel=1e-12)
