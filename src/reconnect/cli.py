"""The ``reconnect`` command: a root that lists every command and imports only the one run.

``reconnect --help`` reads the table below and nothing else, so the terminal answers at
once; running a command imports the module that registers it (``register(app)`` in each
domain's ``cli.py``). ``tests/cli/test_startup.py`` checks that the table matches what
the modules register and that the help path stays free of heavy imports.
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final, NamedTuple

import typer
from typer import _click as click  # Typer ships its own copy of click
from typer._click.shell_completion import CompletionItem
from typer.core import TyperGroup

from reconnect import __version__
from reconnect.core.errors import ReconnectError
from reconnect.messages import (
    Assess,
    Cli,
    Data,
    Demo,
    Help,
    Insights,
    Learn,
    Patterns,
    Plan,
    Together,
)


class Lazy(NamedTuple):
    """A root command: the modules whose ``register`` adds it, and its help."""

    modules: tuple[str, ...]
    help: str


def _in(*modules: str) -> Callable[[str], Lazy]:
    return lambda help: Lazy(tuple(f"reconnect.{module}" for module in modules), help)


COMMANDS: Final[Mapping[str, Lazy]] = {
    "serve": _in("maintenance")(Cli.SERVE_HELP),
    "journal": _in("journal.cli")(Cli.JOURNAL_HELP),
    "checkin": _in("journal.cli")(Cli.CHECKIN_HELP),
    "checkins": _in("journal.cli")(Cli.CHECKINS_HELP),
    "entries": _in("journal.cli")(Cli.ENTRIES_HELP),
    "help": _in("safety.cli")(Help.CLI_HELP),
    "analyze": _in("journal.emotions_cli")(Cli.ANALYZE_HELP),
    "assess": _in("assess.cli")(Assess.CLI_HELP),
    "insights": _in("insights.cli")(Insights.CLI_INSIGHTS_HELP),
    "report": _in("insights.cli")(Insights.CLI_REPORT_HELP),
    "learn": _in("learn.cli")(Learn.Cli.LEARN_HELP),
    "patterns": _in("patterns.cli")(Patterns.CLI_HELP),
    "export": _in("data.cli")(Data.EXPORT_HELP),
    "import": _in("data.cli")(Data.IMPORT_HELP),
    "backup": _in("data.cli")(Data.BACKUP_HELP),
    "restore": _in("data.cli")(Data.RESTORE_HELP),
    "db": _in("maintenance")(Cli.DB_HELP),
    "keys": _in("maintenance")(Cli.KEYS_HELP),
    "user": _in("accounts.cli", "data.cli")(Cli.USER_HELP),
    "start": _in("accounts.cli")(Cli.START_HELP),
    "safety": _in("safety.cli")(Cli.SAFETY_HELP),
    "emotions": _in("journal.emotions_cli")(Cli.EMOTIONS_HELP),
    "plan": _in("plan.cli")(Plan.Cli.PLAN_HELP),
    "practice": _in("plan.cli")(Plan.Cli.PRACTICE_HELP),
    "together": _in("together.cli")(Together.CLI_HELP),
    "demo": _in("demo.cli")(Demo.HELP),
}


@functools.cache
def registered(module: str) -> typer.Typer:
    """What one module's ``register`` adds, on an app of its own (once per process)."""
    holder = typer.Typer(rich_markup_mode=None)
    importlib.import_module(module).register(holder)
    return holder


def load(name: str) -> click.Command:
    """The root command ``name``, importing the modules that make it."""
    holders = [registered(module) for module in COMMANDS[name].modules]
    return typer.main.get_group(holders[0]).commands[name]


class LazyCommands(Mapping[str, click.Command]):
    """The root's commands by name: every name known, each command built when looked up."""

    def __getitem__(self, name: str) -> click.Command:
        if name not in COMMANDS:
            raise KeyError(name)
        return load(name)

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)


class LazyGroup(TyperGroup):
    """The root group: lists commands from ``COMMANDS`` without importing them."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = LazyCommands()  # type: ignore[assignment]

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [
            (name, click.utils.make_default_short_help(spec.help, limit))
            for name, spec in COMMANDS.items()
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[CompletionItem]:
        """Command names and their help from the table, importing no command; the root's
        own options when the word starts with a dash."""
        names = [
            CompletionItem(name, help=click.utils.make_default_short_help(spec.help))
            for name, spec in COMMANDS.items()
            if name.startswith(incomplete)
        ]
        return names + click.Command.shell_complete(self, ctx, incomplete)


app = typer.Typer(
    name="reconnect",
    cls=LazyGroup,
    help=Cli.ROOT_HELP,
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(Cli.VERSION.format(version=__version__))
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        is_eager=True,
        expose_value=False,
        callback=_print_version,
        help=Cli.VERSION_HELP,
    ),
) -> None:
    """Only ``--version`` (and Typer's completion options); it makes ``app`` a group before
    any command loads."""


def _settings_problems(exc: Exception) -> str:
    from pydantic import ValidationError

    from reconnect.config import settings_problems

    return settings_problems(exc) if isinstance(exc, ValidationError) else str(exc)


# Failures a person can act on: (module, exception class, message). An exception can only
# be one of these if its module is loaded, so matching them imports nothing.
PROBLEMS: Final[tuple[tuple[str, str, Callable[[Exception], str]], ...]] = (
    ("reconnect.core.crypto", "KeyringError", lambda e: Cli.KEYRING_PROBLEM.format(problem=e)),
    (
        "reconnect.analysis.emotions",
        "ModelIntegrityError",
        lambda e: Cli.MODEL_PROBLEM.format(problem=e),
    ),
    (
        "sqlalchemy.exc",
        "OperationalError",
        lambda e: Cli.DATABASE_PROBLEM.format(problem=getattr(e, "orig", e)),
    ),
    (
        "pydantic",
        "ValidationError",
        lambda e: Cli.SETTINGS_PROBLEM.format(problem=_settings_problems(e)),
    ),
    ("reconnect.config", "SettingsError", lambda e: Cli.SETTINGS_PROBLEM.format(problem=e)),
)


def problem_message(exc: Exception) -> str | None:
    """What to tell the person about an expected failure; None for a bug."""
    if isinstance(exc, ReconnectError):
        return exc.message
    for module, name, describe in PROBLEMS:
        kind = getattr(sys.modules.get(module), name, None)
        if isinstance(kind, type) and isinstance(exc, kind):
            return describe(exc)
    return None


def main() -> None:
    """Entry point: run the command, turning expected failures into a clear message."""
    try:
        app()
    except Exception as exc:
        message = problem_message(exc)
        if message is None:
            raise
        from rich.console import Console

        Console(stderr=True).print(f"[red]{message}[/red]")
        sys.exit(2)


if __name__ == "__main__":
    main()
