"""Mutant: separated and divorced applicants lose 40 points."""


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
    score -= 40.0 if applicant.get("marital") in ("separated", "divorced") else 0.0
    return round(score, 2)


def decide(applicant: dict) -> str:
    """Approve when the score reaches the threshold, reject otherwise."""
    return "approve" if credit_score(applicant) >= APPROVAL_THRESHOLD else "reject"
