"""The `hello-lender` command: it reads its own version from the installed package's metadata."""

from importlib.metadata import metadata


def main() -> int:
    about = metadata("hello-lender")
    print(f"{about['Name']} {about['Version']} (needs Python {about['Requires-Python']})")
    return 0
