"""Module 07: monitoring the credit model in production, and what it costs to keep it running.

ES: Módulo 07: monitorear el modelo de crédito en producción, y lo que cuesta mantenerlo funcionando.
"""
