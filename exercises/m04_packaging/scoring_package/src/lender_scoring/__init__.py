"""lender-scoring: the lender's credit-scoring model, packaged so that anyone can install and run it.

ES: lender-scoring: el modelo de scoring de crédito del prestamista, empaquetado para que cualquiera pueda instalarlo y correrlo.
"""
