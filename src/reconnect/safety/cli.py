"""``reconnect help`` and ``reconnect safety screen``."""

from __future__ import annotations

import json
import sys

import typer
from sqlalchemy.exc import SQLAlchemyError

from reconnect.cli_json import JsonOption, write_json
from reconnect.cli_support import CliError, UserOption, acting_user, console, unit_of_work
from reconnect.config import SettingsError, get_settings
from reconnect.core.crypto import KeyringError
from reconnect.messages import Cli as CM
from reconnect.messages import Help as M
from reconnect.messages import Together
from reconnect.safety import service
from reconnect.safety.models import PLAN_SECTIONS
from reconnect.safety.resources import Country, Line

safety_app = typer.Typer(no_args_is_help=True)


def _home(country: str | None) -> Country:
    """The lines of a country, or of the configured default one."""
    return service.helplines_for(country or get_settings().default_country)


def _print_lines(lines: tuple[Line, ...]) -> None:
    for line in lines:
        console.print(f"  {line.name}: {line.contact} ({line.hours}) {line.url}".rstrip())


def print_helplines(country: str | None) -> None:
    """Print the lines for a country (default: the configured one) and the directory."""
    home = _home(country)
    console.print(f"[bold]{M.CLI_HEADER}[/bold]")
    console.print(M.YOUR_COUNTRY.format(country=home.name))
    console.print("  " + M.EMERGENCY_NUMBER.format(number=home.emergency))
    _print_lines(home.lines)
    _print_abuse(home)
    world = service.worldwide_directory()
    console.print(f"{M.WORLDWIDE}: {world.name} {world.url}")
    console.print(M.NOT_ALONE)


def _print_abuse(home: Country) -> None:
    if home.abuse:
        console.print(M.ABUSE_CLI)
        _print_lines(home.abuse)


def print_abuse_lines(country: str | None) -> None:
    """What a person who may not be safe at home sees after saving what they wrote."""
    home = _home(country)
    console.print(f"[bold]{M.UNSAFE_TITLE}[/bold]")
    console.print(M.UNSAFE_TEXT)
    _print_abuse(home)
    console.print("  " + M.EMERGENCY_NUMBER.format(number=home.emergency))
    console.print(M.NOT_ALONE)


def print_someone_else(country: str | None) -> None:
    """What to do when someone the person wrote about may be in danger."""
    home = _home(country)
    console.print(f"[bold]{M.OTHER_TITLE}[/bold]")
    console.print(M.OTHER_SAVED)
    for step in Together.PARTNER_RISK_STEPS:
        console.print(f"  - {step}")
    console.print("  " + M.EMERGENCY_NUMBER.format(number=home.emergency))
    console.print(M.OTHER_YOU)


def _print_plan(user: str | None) -> None:
    with unit_of_work() as db:
        plan = service.get_plan_for_user(db=db, user=acting_user(db, user))
        console.print(f"\n[bold]{M.PLAN_TITLE}[/bold]")
        if service.plan_is_empty(plan):
            console.print(M.PLAN_EMPTY)
        for name in PLAN_SECTIONS:
            if getattr(plan, name):
                console.print(f"[bold]{M.PLAN_SECTIONS[name][0]}[/bold]\n{getattr(plan, name)}")


def _line_json(line: Line) -> dict[str, str]:
    return {"name": line.name, "contact": line.contact, "hours": line.hours, "url": line.url}


def _plan_json(user: str | None) -> dict[str, str]:
    with unit_of_work() as db:
        plan = service.get_plan_for_user(db=db, user=acting_user(db, user))
        return {name: getattr(plan, name) for name in PLAN_SECTIONS if getattr(plan, name)}


def _print_json(country: str | None, user: str | None, plan: bool) -> None:
    """The lines ``reconnect help`` prints, as one object; the safety plan with ``--plan``."""
    home, world = _home(country), service.worldwide_directory()
    shown: dict[str, object] = {
        "country": home.code,
        "name": home.name,
        "emergency": home.emergency,
        "lines": [_line_json(line) for line in home.lines],
        "abuse": [_line_json(line) for line in home.abuse],
        "worldwide": _line_json(world),
    }
    if plan:
        shown["safety_plan"] = _plan_json(user)
    write_json(shown)


def _own_country(user: str | None) -> str | None:
    """The acting person's country, or None when there is no one to ask: help must print
    without an account, a working database or a readable key."""
    try:
        with unit_of_work() as db:
            return acting_user(db, user).country
    except (CliError, KeyringError, SettingsError, SQLAlchemyError, OSError):
        return None


def help_command(
    country: str = typer.Option(None, help="Country code, e.g. US, GB, IE, CA, AU, IN, DE, FR."),
    plan: bool = typer.Option(False, "--plan", help="Also show your safety plan."),
    as_json: bool = JsonOption,
    user: str = UserOption,
) -> None:
    if as_json:
        _print_json(country or _own_country(user), user, plan)
        return
    print_helplines(country or _own_country(user))
    if plan:
        _print_plan(user)


@safety_app.command("screen", help=CM.SCREEN_HELP)
def screen_command() -> None:
    lines = sys.stdin.read().splitlines()
    for result in service.screen_many(lines):
        row = {
            "level": result.level,
            "reason": result.reason,
            "signals": list(result.signals),
            "other": result.other,
        }
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def register(app: typer.Typer) -> None:
    """Add ``reconnect help`` and ``reconnect safety`` to the root CLI."""
    app.command("help", help=M.CLI_HELP)(help_command)
    app.add_typer(safety_app, name="safety", help=CM.SAFETY_HELP)
