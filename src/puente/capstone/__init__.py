"""Module 08, the capstone: the telco churn data, the brief's numbers, the starter and the rubric's helpers."""
