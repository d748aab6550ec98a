"""``reconnect help``: crisis and support lines in the terminal, no account needed."""

from __future__ import annotations

import typer

from reconnect.cli_support import console
from reconnect.config import get_settings
from reconnect.messages import Help as M
from reconnect.safety import service


def print_helplines(country: str | None) -> None:
    """Print the lines for a country (default: the configured one) and the directory."""
    home = service.helplines_for(country or get_settings().default_country)
    console.print(f"[bold]{M.CLI_HEADER}[/bold]")
    console.print(M.YOUR_COUNTRY.format(country=home.name))
    console.print("  " + M.EMERGENCY_NUMBER.format(number=home.emergency))
    for line in home.lines:
        console.print(f"  {line.name}: {line.contact} ({line.hours}) {line.url}")
    world = service.worldwide_directory()
    console.print(f"{M.WORLDWIDE}: {world.name} {world.url}")
    console.print(M.NOT_ALONE)


def help_command(
    country: str = typer.Option(None, help="Country code, e.g. US, GB, IE, CA, AU, IN, DE, FR."),
) -> None:
    print_helplines(country)


def register(app: typer.Typer) -> None:
    """Add ``reconnect help`` to the root CLI."""
    app.command("help", help=M.CLI_HELP)(help_command)
