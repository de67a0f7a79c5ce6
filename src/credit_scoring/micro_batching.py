"""Score concurrent single requests together: one `predict_proba` call for all of them.

A scikit-learn Pipeline costs a few milliseconds per call whether it scores 1 row or 50, so
answering each request with its own call wastes most of the CPU. Requests that arrive while
the model is busy, or within `max_wait_s` of each other, wait for the next call and share it.
This is the "dynamic batching" of model servers such as Triton and Ray Serve.
"""

import asyncio
from typing import Any, Protocol

import numpy as np
import pandas as pd

from credit_scoring.schema import FEATURE_COLUMNS


class ProbabilityModel(Protocol):
    def predict_proba(self, applications: pd.DataFrame) -> Any: ...


class MicroBatcher:
    """Collects rows from concurrent requests and scores them in one vectorised call."""

    def __init__(self, model: ProbabilityModel, max_wait_s: float = 0.001) -> None:
        self.model = model
        self.max_wait_s = max_wait_s
        self._pending: list[tuple[dict[str, Any], asyncio.Future[float]]] = []
        self._flush: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()

    async def score(self, row: dict[str, Any]) -> float:
        """The probability of "bad" for one applicant (a dict of feature values)."""
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self._pending.append((row, future))
        if self._flush is None:
            self._flush = asyncio.create_task(self._flush_soon())
        return await future

    async def _flush_soon(self) -> None:
        await asyncio.sleep(self.max_wait_s)
        async with self._lock:  # one call at a time: rows arriving meanwhile join this batch
            batch, self._pending, self._flush = self._pending, [], None
            frame = pd.DataFrame.from_records([row for row, _ in batch], columns=list(FEATURE_COLUMNS)).fillna(np.nan)
            try:
                probabilities = await asyncio.to_thread(self.model.predict_proba, frame)
            except Exception as error:  # every waiting request gets the model's error, none hangs
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                return
        for (_, future), probability in zip(batch, probabilities[:, 1], strict=True):
            if not future.done():
                future.set_result(float(probability))
