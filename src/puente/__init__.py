"""Puente's toolkit: the manifest, the learner CLI, the pytest plugin and the course self-check."""

__version__ = "0.1.0"
