"""Share of bad credits per group, from the command line.

    python modules/m01_notebooks/examples/bad_rate_cli.py --data data/credit_data.csv --by records
"""

import argparse
import sys
from pathlib import Path

import pandas as pd


def bad_rate_by(applications: pd.DataFrame, column: str) -> pd.Series:
    return (applications["status"] == "bad").groupby(applications[column]).mean()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Share of bad credits per group of applicants.")
    parser.add_argument("--data", type=Path, required=True, help="the applications CSV")
    parser.add_argument("--by", default="home", help="the column to group by (default: home)")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        sys.exit(f"error: no data file at {args.data}; pass --data with the path of credit_data.csv")
    applications = pd.read_csv(args.data)
    if args.by not in applications.columns:
        sys.exit(f"error: no column {args.by!r}; choose one of: {', '.join(applications.columns)}")
    for group, rate in bad_rate_by(applications, args.by).items():
        print(f"{group}\t{rate:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
