"""A first look at the lender's applications: how many, and how many went bad."""

from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parents[3] / "data" / "credit_data.csv"


def main() -> None:
    applications = pd.read_csv(DATA)
    print(applications.shape)
    print(applications["status"].value_counts().to_dict())
    print(applications.loc[0, ["status", "age", "income", "amount"]].to_dict())


if __name__ == "__main__":
    main()
