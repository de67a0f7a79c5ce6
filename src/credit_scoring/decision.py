"""From a calibrated probability to the lender's decision: a cut-off chosen from what errors cost.

A model gives the probability that a credit goes bad; the lender must approve or reject. Each
wrong decision has a price: approving a credit that goes bad loses the money lent
(`cost_approve_bad`), rejecting a good applicant loses the margin the credit would have earned
(`cost_reject_good`). The cut-off is the probability from which an applicant is rejected, chosen
to make the average cost per applicant on validation data as small as possible, never 0.5 by habit.
"""

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from credit_scoring.model_artifact import ModelArtifactError

APPROVE, REJECT = "approve", "reject"


@dataclass(frozen=True)
class CostMatrix:
    """What one wrong decision costs the lender (a right one costs nothing), in any one unit."""

    approve_bad: float
    reject_good: float

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> "CostMatrix":
        """The `decision:` section of params.yaml (cost_approve_bad, cost_reject_good)."""
        costs = cls(float(params["cost_approve_bad"]), float(params["cost_reject_good"]))
        if costs.approve_bad <= 0 or costs.reject_good <= 0:
            raise ValueError(f"both costs must be positive, got {costs}: fix the `decision:` section of params.yaml")
        return costs

    def bayes_cutoff(self) -> float:
        """The cut-off that is best when probabilities are calibrated: reject when p * approve_bad > (1 - p) * reject_good."""
        return self.reject_good / (self.approve_bad + self.reject_good)


def expected_cost(actual: Sequence[int], probability: Sequence[float], cutoff: float, costs: CostMatrix) -> float:
    """Average cost per applicant when everyone with `probability >= cutoff` is rejected (actual 1 = bad)."""
    actual, rejected = np.asarray(actual), np.asarray(probability) >= cutoff
    approved_bad = np.sum((actual == 1) & ~rejected)
    rejected_good = np.sum((actual == 0) & rejected)
    return float((costs.approve_bad * approved_bad + costs.reject_good * rejected_good) / len(actual))


def choose_cutoff(actual: Sequence[int], probability: Sequence[float], costs: CostMatrix) -> float:
    """The cut-off with the lowest expected cost: every distinct probability is tried, and 1.0 (approve all)."""
    candidates = np.unique(np.append(np.asarray(probability, dtype=float), 1.0))
    cost = [expected_cost(actual, probability, cutoff, costs) for cutoff in candidates]
    return float(candidates[int(np.argmin(cost))])


def decide(probability: float, cutoff: float) -> str:
    """The one rule everyone applies: reject from the cut-off up, approve below it."""
    return REJECT if probability >= cutoff else APPROVE


def cutoff_version(cutoff: float, costs: CostMatrix) -> str:
    """12 hex characters naming this cut-off and the costs it came from: a new policy, a new version."""
    policy = {"cutoff": cutoff, "cost_approve_bad": costs.approve_bad, "cost_reject_good": costs.reject_good}
    return hashlib.sha256(json.dumps(policy, sort_keys=True).encode()).hexdigest()[:12]


def decision_record(cutoff: float, costs: CostMatrix) -> dict[str, Any]:
    """The `decision` entry of the model's metadata.json: what the service needs to decide, and trace it."""
    return {
        "cutoff": cutoff,
        "cutoff_version": cutoff_version(cutoff, costs),
        "cost_approve_bad": costs.approve_bad,
        "cost_reject_good": costs.reject_good,
    }


def read_decision(metadata: dict[str, Any]) -> tuple[float, str]:
    """The cut-off and its version from a model's metadata, or a clear error for a model trained without one."""
    record = metadata.get("decision")
    if not isinstance(record, dict) or not isinstance(record.get("cutoff"), float) or "cutoff_version" not in record:
        raise ModelArtifactError(
            "the model's metadata.json has no decision cut-off: rebuild the model with `dvc repro train`"
        )
    return record["cutoff"], str(record["cutoff_version"])
