"""The `lender-score` command, installed as a console script by pyproject.toml.

An operator scores a CSV of applicants with one command and no notebook:
`lender-score score applicants.csv --model model.skops --output scores.csv`.

ES: El comando `lender-score`, instalado como script de consola por pyproject.toml. Quien opera el modelo
califica un CSV de solicitantes con un solo comando y sin cuaderno (vea el ejemplo de arriba).
"""

import argparse
import sys
from importlib.metadata import version
from pathlib import Path

import pandas as pd

from lender_scoring.model import ScoringInputError, load_model, predict_bad_probability, save_model, train_model

DISTRIBUTION = "lender-scoring"
REJECT_FROM = 0.5


def version_line() -> str:
    """"lender-scoring 1.0.0": the version of the installed distribution, read from its metadata.

    ES: "lender-scoring 1.0.0": la versión de la distribución instalada, leída de sus metadatos.
    """
    # TODO: return DISTRIBUTION, a space, and the installed version that importlib.metadata's version() reports.
    # POR HACER: devuelva DISTRIBUTION, un espacio y la versión instalada que informa version() de importlib.metadata.
    return ""


def score_file(model_path: Path, applicants_path: Path, output_path: Path) -> int:
    """Write one row per applicant (probability_bad, decision) to output_path; return the row count.

    ES: Escriba una fila por solicitante (probability_bad, decision) en output_path; devuelva el número de filas.
    """
    # TODO: load the model (load_model), read the applicants (read_csv), compute predict_bad_probability,
    #       decide "reject" when the probability is at least REJECT_FROM and "approve" otherwise, and write
    #       a CSV with the columns probability_bad and decision (no index) to output_path.
    # POR HACER: cargue el modelo (load_model), lea los solicitantes (read_csv), calcule predict_bad_probability,
    #       decida "reject" cuando la probabilidad sea al menos REJECT_FROM y "approve" en otro caso, y escriba
    #       en output_path un CSV con las columnas probability_bad y decision (sin índice).
    return 0


def train_file(data_path: Path, model_path: Path) -> int:
    """Train on a CSV of past applications (with their status) and save the model; return the row count.

    ES: Entrene con un CSV de solicitudes pasadas (con su status) y guarde el modelo; devuelva el número de filas.
    """
    applications = read_csv(data_path)
    save_model(train_model(applications), model_path)
    return len(applications)


def read_csv(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise ScoringInputError(f"no CSV file at {path}; check the path")
    return pd.read_csv(path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lender-score", description="Train the lender's scoring model or score applicants.")
    parser.add_argument("--version", action="version", version=version_line())
    commands = parser.add_subparsers(dest="command", required=True)
    train = commands.add_parser("train", help="train on past applications: lender-score train data.csv --model model.skops")
    train.add_argument("data", type=Path)
    train.add_argument("--model", type=Path, required=True)
    score = commands.add_parser("score", help="score applicants: lender-score score in.csv --model model.skops --output out.csv")
    score.add_argument("applicants", type=Path)
    score.add_argument("--model", type=Path, required=True)
    score.add_argument("--output", type=Path, required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "train":
            rows = train_file(args.data, args.model)
            print(f"trained on {rows} applications, saved {args.model}")
        else:
            rows = score_file(args.model, args.applicants, args.output)
            print(f"scored {rows} applicants into {args.output}")
    except ScoringInputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
