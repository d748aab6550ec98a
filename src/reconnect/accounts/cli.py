"""``reconnect user ...``: create accounts and reset passwords from the terminal."""

from __future__ import annotations

import sys

import typer

from reconnect.accounts import service
from reconnect.cli_support import CliError, UserOption, acting_user, console, unit_of_work
from reconnect.messages import Cli as M
from reconnect.messages import Today
from reconnect.plan import feed

user_app = typer.Typer(no_args_is_help=True)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise CliError(M.PASSWORD_NEEDS_TTY)
    return str(typer.prompt(M.PASSWORD_PROMPT, hide_input=True, confirmation_prompt=True))


@user_app.command("create", help=M.USER_CREATE_HELP)
def create(
    username: str = typer.Argument(
        ..., help="Lowercase letters, digits, dots, dashes, underscores."
    ),
    display_name: str = typer.Option("", help="The name the app greets you with."),
    country: str = typer.Option("US", help="Country code for helplines, e.g. GB, IE, CA, AU, IN."),
    time_zone: str = typer.Option(
        "", help="Your time zone, e.g. Europe/London (default: the country's main one)."
    ),
    admin: bool = typer.Option(False, help="Make this account an administrator."),
    password_stdin: bool = typer.Option(False, help="Read the password from standard input."),
) -> None:
    password = _read_password(password_stdin)
    with unit_of_work() as db:
        user = service.create_user(
            db=db,
            username=username,
            password=password,
            display_name=display_name,
            country=country,
            time_zone=time_zone,
            is_admin=admin,
        )
        console.print(M.USER_CREATED.format(username=user.username))


@user_app.command("set-password", help=M.USER_SET_PASSWORD_HELP)
def set_password(
    username: str = typer.Argument(...),
    password_stdin: bool = typer.Option(False, help="Read the password from standard input."),
) -> None:
    password = _read_password(password_stdin)
    with unit_of_work() as db:
        user = service.get_user_by_username(db=db, username=username)
        service.set_password(db=db, user=user, password=password)
        feed.revoke_token(db=db, user=user)
        console.print(M.PASSWORD_SET.format(username=user.username))


@user_app.command("time-zone", help=M.USER_TIME_ZONE_HELP)
def time_zone(
    zone: str = typer.Argument("", help="An IANA name such as Europe/London; blank: show it."),
    user: str = UserOption,
) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        if zone:
            service.set_time_zone(db=db, user=person, time_zone=zone)
        console.print(M.USER_TIME_ZONE.format(zone=person.time_zone))


def start(
    me: bool = typer.Option(False, "--me", help="You feel numb or far away."),
    someone_close: bool = typer.Option(
        False, "--someone-close", help="Someone close to you seems far away."
    ),
    user: str = UserOption,
) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        service.set_starting_point(db=db, user=person, feels_far=me, someone_far=someone_close)
    suggested = [*(Today.FOR_SELF if me else ()), *(Today.FOR_SUPPORTING if someone_close else ())]
    console.print(M.START_SAVED if suggested else M.START_NOTHING)
    for href, label in suggested:
        console.print(f"  {label}: {href}")


def register(app: typer.Typer) -> None:
    """Add ``reconnect user`` and ``reconnect start`` to the root CLI (``reconnect.data.cli``
    adds ``user delete``)."""
    app.add_typer(user_app, name="user", help=M.USER_HELP)
    app.command("start", help=M.START_HELP)(start)
