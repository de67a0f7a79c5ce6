"""Module 06: automation (CI, pre-commit, MLflow tracking and the promotion gate).

ES: Módulo 06: automatización (CI, pre-commit, seguimiento con MLflow y la compuerta de promoción).
"""
