"""Module 05: serving the credit-scoring model, online (an HTTP API) and in batch (CSV to CSV)."""
