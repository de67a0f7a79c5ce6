"""Measure a job before you optimise it: its time, its peak of Python allocations, and the process's peak."""

import resource
import time
import tracemalloc
from collections.abc import Callable


def measure(job: Callable[[], object]) -> dict[str, float]:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        job()
        seconds = time.perf_counter() - started
        traced_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    max_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return {"seconds": seconds, "traced_peak_mb": traced_peak / 1e6, "process_peak_mb": max_rss_kb / 1e3}
