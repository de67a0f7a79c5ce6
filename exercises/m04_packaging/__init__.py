"""Module 04, exercises you edit: packaging the model and its code.

ES: Módulo 04, ejercicios que usted edita: empaquetar el modelo y su código.
"""
