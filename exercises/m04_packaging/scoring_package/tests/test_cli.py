"""The package's own tests: they import the installed package, which the src layout makes sure of.

ES: Las pruebas propias del paquete: importan el paquete instalado, algo que la estructura src garantiza.
"""

from lender_scoring.cli import build_parser


def test_score_needs_a_model():
    args = build_parser().parse_args(["score", "in.csv", "--model", "m.skops", "--output", "out.csv"])
    assert args.command == "score"
