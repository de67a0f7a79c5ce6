"""Module 02: versioning data and pipelines with DVC.

ES: Módulo 02: versionar datos y pipelines con DVC.
"""
