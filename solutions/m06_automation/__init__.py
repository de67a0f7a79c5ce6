"""Module 06: automation (CI, pre-commit, MLflow tracking and the promotion gate)."""
