from credit_scoring.metric_stream import daily_psi


def test_the_recorded_stream_has_its_episodes():
    stream = daily_psi()
    assert stream["day"].tolist() == list(range(1, 91))
    above = stream.loc[stream["psi_income"] > 0.25, "day"].tolist()
    assert above == [12, *range(30, 38), *range(39, 46), 60, 61, *range(75, 91)]
    assert stream["psi_income"].between(0.03, 0.38).all()
    assert daily_psi().equals(stream)
