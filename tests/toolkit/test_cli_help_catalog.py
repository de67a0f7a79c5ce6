"""Every command and option of `puente` has its help text in the catalog, so `--help` speaks both languages."""

from puente import cli
from puente.cli_help import command_tree
from puente.i18n import MESSAGES


def test_every_command_and_option_has_catalog_help():
    cli._load_extensions()
    tree = command_tree(cli.app)
    missing = [f"help.{path}" for path in tree if path != "puente" and f"help.{path}" not in MESSAGES]
    missing += [f"help.{path}.{param.name}" for path, command in tree.items() for param in command.params
                if getattr(param, "help", None) and f"help.{path}.{param.name}" not in MESSAGES]
    assert missing == [], "add these to src/puente/catalog.py (HELP), in English and Spanish"
