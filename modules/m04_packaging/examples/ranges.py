"""Ranges, pins and what they admit: a package says what it can live with, a lock says what we installed."""

from packaging.specifiers import SpecifierSet

RELEASES = ["2.1.4", "2.2.3", "3.1.1", "4.0.0"]


def admitted(specifier: str, releases: list[str]) -> list[str]:
    """The releases a requirement such as ">=2.2,<4" lets the installer choose."""
    return list(SpecifierSet(specifier).filter(releases))


if __name__ == "__main__":
    for specifier in (">=2.2,<4", "==3.1.1", ">=2.2"):
        print(f"pandas{specifier:<10} admits {admitted(specifier, RELEASES)}")
    # A ceiling meets another package's floor: our <3 and their >=3 leave the installer nothing.
    print(f"pandas<3 (ours) with pandas>=3.1 (theirs) admits {admitted('>=2.2,<3,>=3.1', RELEASES)}")
