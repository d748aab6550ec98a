"""What every CLI command shares: the runtime, a unit of work, the acting person, errors."""

from __future__ import annotations

import contextlib
import os

import typer
from rich.console import Console
from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.bootstrap import Runtime, start
from reconnect.config import get_settings
from reconnect.core.errors import NotFound, ReconnectError
from reconnect.db import unit_of_work as db_unit_of_work
from reconnect.messages import Cli as M

console = Console()
err_console = Console(stderr=True)

UserOption = typer.Option(
    None,
    "--user",
    "-u",
    envvar="RECONNECT_USER",
    help="Whose data to use (default: the only account).",
)


class CliError(ReconnectError):
    """A command could not do what was asked."""


_RUNTIME: list[Runtime] = []


def runtime() -> Runtime:
    """Start (once per process) the keys and database for the current settings."""
    if not _RUNTIME:
        _RUNTIME.append(start(get_settings()))
    return _RUNTIME[0]


def unit_of_work() -> contextlib.AbstractContextManager[Session]:
    """A database session committed when the command succeeds.

    A command is one short unit of work that usually writes: it takes its turn for the
    write lock first rather than fail half-way beside a running server.
    """
    return db_unit_of_work(runtime().sessions, writes=True)


def acting_user(db: Session, username: str | None) -> User:
    """The named account, or the only one on a single-person install (demo accounts are
    named with ``--user``, never picked by default)."""
    if username:
        try:
            return accounts_service.get_user_by_username(db=db, username=username)
        except NotFound as exc:
            raise CliError(M.NO_SUCH_USER.format(username=username)) from exc
    users = list(db.scalars(select(User).where(User.is_demo.is_(False)).order_by(User.id).limit(2)))
    if not users:
        raise CliError(M.NO_USERS)
    if len(users) > 1:
        raise CliError(M.WHICH_USER)
    return users[0]


def editor_available() -> bool:
    """Whether $EDITOR or $VISUAL names an editor to open."""
    return bool(os.environ.get("VISUAL") or os.environ.get("EDITOR"))
