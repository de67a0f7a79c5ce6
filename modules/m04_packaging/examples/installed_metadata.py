"""What an installed package says about itself, read with importlib.metadata (no import of the package)."""

from importlib.metadata import entry_points, requires, version


def describe(distribution: str) -> dict:
    return {"version": version(distribution), "requires": requires(distribution) or []}


def console_script(name: str) -> str:
    """The function a command runs, e.g. "puente.cli:main" for `puente`."""
    (found,) = entry_points(group="console_scripts", name=name)
    return found.value


if __name__ == "__main__":
    print(describe("skops"))
    print(console_script("puente"))
