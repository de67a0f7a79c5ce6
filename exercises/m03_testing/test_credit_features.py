"""Tests for the lender's feature code (credit_features): your tests are graded by mutation.

`puente check feature_tests` runs this file against the real credit_features module (every test
must pass) and then against buggy copies of it (each copy your tests fail on is a bug caught).
Read the code you are testing in the lesson, section "Unit tests for feature code".

ES: Pruebas para el código de variables del prestamista (credit_features): sus pruebas se califican por
mutación. `puente check feature_tests` corre este archivo contra el módulo real credit_features (cada
prueba debe pasar) y luego contra copias con errores (cada copia en la que sus pruebas fallan es un error
atrapado). Lea el código que está probando en la lección, sección "Pruebas unitarias para el código de variables".
"""

import pandas as pd  # noqa: F401  (you will need it to build small tables)
from hypothesis import given  # noqa: F401
from hypothesis import strategies as st  # noqa: F401

from credit_features import AGE_BANDS, age_band, build_features, fill_income, fit_income_fill, loan_to_value  # noqa: F401

# TODO: write test functions (def test_...) that pin down what credit_features promises:
# - age_band at the edges of every band (parametrize over (age, band) pairs);
# - loan_to_value on a tiny table whose answer you know by heart;
# - the income fill: which statistic of train, which rows it fills, and what it must leave alone;
# - build_features: what it may learn from train, and what it must never learn from test.
# POR HACER: escriba funciones de prueba (def test_...) que fijen lo que credit_features promete:
# ES: - age_band en los bordes de cada franja (parametrice sobre pares (edad, franja));
# ES: - loan_to_value en una tabla diminuta cuya respuesta usted se sabe de memoria;
# ES: - el relleno de income: qué estadístico de train, qué filas llena y qué debe dejar quieto;
# ES: - build_features: qué puede aprender de train y qué nunca debe aprender de test.
