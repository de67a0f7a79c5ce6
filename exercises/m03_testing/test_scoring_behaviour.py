"""Behavioural tests for the lender's scorecard (scoring_model): your tests are graded by mutation.

`puente check behaviour_tests` runs this file against the real scorecard (every test must pass)
and then against deliberately flawed scorecards (each one your tests fail on is a flaw caught).

ES: Pruebas de comportamiento para la tabla de puntaje del prestamista (scoring_model): sus pruebas se
califican por mutación. `puente check behaviour_tests` corre este archivo contra la tabla de puntaje real
(cada prueba debe pasar) y luego contra tablas con fallas a propósito (cada una en la que sus pruebas
fallan es una falla atrapada).
"""

import pytest  # noqa: F401

from scoring_model import credit_score, decide  # noqa: F401

BASE_APPLICANT = {
    "seniority": 5, "home": "owner", "time": 48, "age": 36, "marital": "married", "records": "no",
    "job": "fixed", "expenses": 55, "income": 140.0, "assets": 3000.0, "debt": 0.0, "amount": 1000, "price": 1400,
}
MARITAL_STATUSES = ["divorced", "married", "separated", "single", "widow"]

# TODO: write an invariance test: changing only "marital" must change neither credit_score nor
# decide. One applicant is not enough: a flaw only shows near the approval threshold, so vary the
# fields the scorecard does use (income, records, seniority) to land on both sides of it.
# POR HACER: escriba una prueba de invariancia: cambiar solo "marital" no debe cambiar ni credit_score
# ES: ni decide. Un solicitante no basta: una falla solo aparece cerca del umbral de aprobación, así que
# ES: varíe los campos que la tabla sí usa (income, records, seniority) para caer a ambos lados de él.
# TODO: write a directional test: raising only "income" must never lower credit_score, for
# applicants with and without past records, from 0 to well above any income in the data.
# POR HACER: escriba una prueba direccional: subir solo "income" nunca debe bajar credit_score, para
# ES: solicitantes con y sin registros previos, desde 0 hasta muy por encima de cualquier income de los datos.
