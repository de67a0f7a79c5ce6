"""Module 04, exercises you edit: packaging the model and its code."""
