"""Module 07: monitoring the credit model in production, and what it costs to keep it running."""
