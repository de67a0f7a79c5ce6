"""Module 03: testing ML systems.

ES: Módulo 03: probar sistemas de ML.
"""
