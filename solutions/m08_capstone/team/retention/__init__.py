"""Andina Telecom's churn model: features, training, the service, drift and cost."""
