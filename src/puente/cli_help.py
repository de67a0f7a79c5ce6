"""`--help` in the reader's language: every command's and option's text comes from the catalog.

Typer builds a click command tree from the app; this walks it and puts the catalog's text
(`help.<command>`, `help.<command>.<parameter>`) on each command and parameter, in English or
Spanish. click's and typer's own words ("Usage:", "Options", "Show this message and exit.") go
through gettext; in Spanish they are handed the catalog's `click.<text>` entries instead.
"""

import re
import sys

import typer
from typer import _click as click

from puente.i18n import MESSAGES

ROOT = "puente"


def command_in_language(app: typer.Typer, lang: str) -> click.Command:
    """The app as a click command whose help texts are the catalog's, in `lang`."""
    command = typer.main.get_command(app)
    index = 1 if lang == "es" else 0
    _translate(command, ROOT, index)
    if lang == "es":
        _speak_spanish(command)
    return command


def command_tree(app: typer.Typer) -> dict[str, click.Command]:
    """'puente', 'check', 'edition student', ... -> the click command (for tests and checks)."""
    found: dict[str, click.Command] = {}

    def walk(command: click.Command, path: str) -> None:
        found[path] = command
        for name, child in getattr(command, "commands", {}).items():
            walk(child, name if path == ROOT else f"{path} {name}")

    walk(typer.main.get_command(app), ROOT)
    return found


def _translate(command: click.Command, path: str, index: int) -> None:
    text = MESSAGES.get(f"help.{path}")
    if text:
        command.help = text[index]
        command.short_help = None
    for param in command.params:
        text = MESSAGES.get(f"help.{path}.{param.name}")
        if text and hasattr(param, "help"):
            param.help = text[index]
    for name, child in getattr(command, "commands", {}).items():
        _translate(child, name if path == ROOT else f"{path} {name}", index)


def _spanish(message: str) -> str:
    """click's English words in Spanish: an exact catalog entry, else a `click.` template that matches."""
    entry = MESSAGES.get(f"click.{message}")
    if entry:
        return entry[1]
    for key, (english, spanish) in MESSAGES.items():
        if key.startswith("click.") and "{" in english:
            pattern = re.escape(english)
            names = re.findall(r"\\\{(\w+)(?:!r)?\\\}", pattern)
            for name in names:
                pattern = re.sub(r"\\\{" + name + r"(?:!r)?\\\}", f"(?P<{name}>.+?)", pattern, count=1)
            match = re.fullmatch(pattern, message, flags=re.S)
            if match:
                found = match.groupdict()
                return re.sub(r"\{(\w+)(?:!r)?\}", lambda field, found=found: found.get(field[1], field[0]), spanish)
    return message


class _SpanishFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, _spanish("Usage:") + " " if prefix is None else prefix)


def _show_in_spanish(self, file=None) -> None:
    """A usage error as one line, like every other error: what is wrong, and what to type next."""
    command = self.ctx.command_path if self.ctx else ROOT
    message = _spanish(self.format_message()).rstrip(".")
    click.echo(f"error: {message} — {MESSAGES['fix'][1]}: {command} -h", file=file or sys.stderr)


def _help_option_in_spanish(command: click.Command) -> None:
    original = command.get_help_option

    def get_help_option(ctx):
        option = original(ctx)
        if option is not None:
            option.help = _spanish("Show this message and exit.")
        return option

    command.get_help_option = get_help_option
    for child in getattr(command, "commands", {}).values():
        _help_option_in_spanish(child)


def _speak_spanish(command: click.Command) -> None:
    """typer carries its own copy of click (typer._click) with its English words written in."""
    for name, module in list(sys.modules.items()):
        if name.startswith(("typer.", "click.")) and module is not None and hasattr(module, "_"):
            module._ = _spanish
    click.Context.formatter_class = _SpanishFormatter
    click.exceptions.UsageError.show = _show_in_spanish
    _help_option_in_spanish(command)
