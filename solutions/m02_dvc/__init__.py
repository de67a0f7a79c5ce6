"""Module 02: versioning data and pipelines with DVC."""
