"""Module 03: testing ML systems (reference solutions)."""
