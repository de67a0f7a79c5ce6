def test_the_parser_reads_back_what_the_registry_wrote(load_example):
    samples = load_example("metrics_demo").samples
    assert samples[("demo_requests_total", (("endpoint", "/predict"), ("status", "200")))] == 3
    assert samples[("demo_requests_total", (("endpoint", "/predict"), ("status", "422")))] == 1
    buckets = {le: samples[("demo_request_seconds_bucket", (("le", le),))] for le in ("0.01", "0.1", "1.0", "+Inf")}
    assert buckets == {"0.01": 1, "0.1": 2, "1.0": 3, "+Inf": 3}
    assert samples[("demo_request_seconds_count", ())] == 3
    assert round(samples[("demo_request_seconds_sum", ())], 3) == 0.324
