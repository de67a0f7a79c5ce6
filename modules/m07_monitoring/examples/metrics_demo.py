"""prometheus-client in a few lines: metrics in a registry, the text format, and its parser reading it back."""

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.parser import text_string_to_metric_families

registry = CollectorRegistry()
requests = Counter("demo_requests", "Requests answered.", ["endpoint", "status"], registry=registry)
latency = Histogram("demo_request_seconds", "Time to answer.", buckets=(0.01, 0.1, 1.0), registry=registry)

requests.labels("/predict", "200").inc(3)
requests.labels("/predict", "422").inc()
for seconds in (0.004, 0.02, 0.3):
    latency.observe(seconds)

exposition = generate_latest(registry).decode()
samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
           for family in text_string_to_metric_families(exposition) for s in family.samples}
