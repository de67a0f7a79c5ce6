"""Classroom editions: a student repository without solutions, and solutions released one module
at a time (`puente edition student`, `puente edition solutions`, `puente catchup --from`)."""

from puente.editions.apply import apply_release

__all__ = ["apply_release"]
