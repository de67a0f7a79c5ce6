"""The lender's scorecard: points for one applicant, and the decision the points lead to.

Course-provided model under test in the exercise `behaviour_tests`: learners write invariance
and directional tests for it, graded by the deliberately flawed copies in mutants/.
An applicant is a dict with the columns of data/credit_data.csv (status excluded).
"""

APPROVAL_THRESHOLD = 600.0


def credit_score(applicant: dict) -> float:
    """Higher is safer. More income never lowers the score; marital status is never used."""
    income = applicant.get("income") or 0.0
    score = 520.0
    score += 0.8 * min(income, 400.0)
    score -= 0.6 * applicant["expenses"]
    score += 3.0 * min(applicant["seniority"], 20)
    score -= 80.0 if applicant["records"] == "yes" else 0.0
    score -= 0.02 * (applicant.get("debt") or 0.0)
    score -= 0.05 * applicant["amount"]
    return round(score, 2)


def decide(applicant: dict) -> str:
    """Approve when the score reaches the threshold, reject otherwise."""
    return "approve" if credit_score(applicant) >= APPROVAL_THRESHOLD else "reject"
