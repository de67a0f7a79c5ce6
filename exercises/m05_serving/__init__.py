"""Module 05: serving the credit-scoring model, online (an HTTP API) and in batch (CSV to CSV).

ES: Módulo 05: poner en servicio el modelo de scoring de crédito, en línea (una API HTTP) y por lotes (de CSV a CSV).
"""
