"""Module 04, reference solutions: packaging the model and its code."""
