"""The mutation-grading fixture from the toolkit, shared by the graded tests of this module."""

from puente.mutation import mutation_runner  # noqa: F401  (a fixture: importing it registers it here)
