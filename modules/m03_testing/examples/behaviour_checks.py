"""Invariance and directional checks for any scoring function, as plain helpers."""


def flips(decide, applicant: dict, field: str, values) -> list:
    """The values of `field` that change the decision for this applicant (should be empty)."""
    before = decide(applicant)
    return [value for value in values if decide({**applicant, field: value}) != before]


def drops(score, applicant: dict, field: str, values) -> list[tuple]:
    """Consecutive (lower, higher) values of `field` where the score went down (should be empty)."""
    scores = [score({**applicant, field: value}) for value in values]
    return [(values[i], values[i + 1]) for i in range(len(values) - 1) if scores[i + 1] < scores[i]]
