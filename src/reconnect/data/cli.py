"""``reconnect export|import|backup|restore`` and ``reconnect user delete``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

import typer
from rich.progress import Progress

from reconnect.accounts import service as accounts_service
from reconnect.accounts.cli import user_app
from reconnect.bootstrap import load_keyring
from reconnect.cli_support import CliError, UserOption, acting_user, console, runtime, unit_of_work
from reconnect.config import get_settings
from reconnect.core.errors import NotFound
from reconnect.data import backup as backups
from reconnect.data import service
from reconnect.messages import Cli as CM
from reconnect.messages import Data as M


def export(
    format: str = typer.Option(
        "json", "--format", "-f", help="json (everything, re-importable), csv (zip) or markdown."
    ),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    user: str = UserOption,
) -> None:
    if format not in service.EXPORT_KINDS:
        raise CliError(M.UNKNOWN_EXPORT_FORMAT.format(format=format))
    if format == "csv" and output is None:
        raise CliError(M.EXPORT_BINARY_NEEDS_FILE)
    with unit_of_work() as db:
        person = acting_user(db, user)
        data, _, _ = service.export_file(db=db, user=person, kind=format)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    output.write_bytes(data)
    output.chmod(0o600)
    console.print(M.EXPORT_WRITTEN.format(path=output, size=len(data)))


def import_(
    file: Path = typer.Argument(..., help="The file to import."),
    source: str = typer.Option(
        None, "--from", help="reconnect, daylio or jrnl (default: work it out from the file)."
    ),
    user: str = UserOption,
) -> None:
    if not file.is_file():
        raise CliError(CM.NO_SUCH_FILE.format(path=file))
    if source is not None and source not in service.SOURCES:
        raise CliError(M.UNKNOWN_SOURCE.format(source=source))
    data = file.read_bytes()
    with unit_of_work() as db, Progress(console=console, transient=True) as progress:
        person = acting_user(db, user)
        task = progress.add_task(M.IMPORTING, total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        summary = service.import_file(
            db=db,
            user=person,
            data=data,
            source=cast(service.Source | None, source),
            on_progress=advance,
        )
    _print_summary(summary, person.country)


def _print_summary(summary: service.ImportSummary, country: str) -> None:
    if summary.total_added:
        console.print(M.IMPORT_DONE.format(count=summary.total_added))
        for kind, count in summary.added.items():
            console.print(f"  {kind}: {count}")
    else:
        console.print(M.IMPORT_NOTHING_NEW)
    if summary.duplicates:
        console.print(M.IMPORT_SKIPPED.format(count=summary.duplicates))
    for warning in summary.warnings:
        console.print(f"[yellow]{warning}[/yellow]")
    if summary.crisis:
        from reconnect.safety.cli import print_helplines

        console.print(M.IMPORT_CRISIS)
        print_helplines(country)
    elif summary.concern:
        console.print(M.IMPORT_CONCERN)


def _sqlite_file() -> Path:
    settings = get_settings()
    path = backups.sqlite_path(settings.sqlalchemy_url)
    if path is None:
        raise CliError(M.BACKUP_POSTGRES)
    return path


def backup(
    path: Path = typer.Argument(None, help="Where to write the copy (default: data folder)."),
) -> None:
    live = _sqlite_file()
    settings = get_settings()
    target = path or backups.default_backup_path(settings.data_dir)
    backups.backup_sqlite(source=live, target=target)
    key = settings.encryption_key_file or settings.key_path
    console.print(M.BACKUP_WRITTEN.format(path=target, key=key))


def restore(
    path: Path = typer.Argument(..., help="The backup file to restore."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    live = _sqlite_file()
    backups.check_backup(path)
    backups.check_backup_keys(path, load_keyring(get_settings()))  # as the file holds it now
    if not yes and not typer.confirm(M.RESTORE_CONFIRM.format(current=live, path=path)):
        console.print(M.RESTORE_CANCELLED)
        raise typer.Exit(1)
    rt = runtime()
    rt.engine.dispose()
    safety = backups.default_backup_path(get_settings().data_dir, prefix="before-restore")
    backups.restore_sqlite(backup=path, live=live, safety_copy=safety)
    from reconnect.bootstrap import upgrade_database

    upgrade_database(rt.engine)
    console.print(M.RESTORE_DONE.format(path=path, safety=safety))


def delete_user(
    username: str = typer.Argument(..., help="The account to delete."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    with unit_of_work() as db:
        try:
            person = accounts_service.get_user_by_username(db=db, username=username)
        except NotFound as exc:
            raise CliError(CM.NO_SUCH_USER.format(username=username)) from exc
        if not yes:
            typed = typer.prompt(M.USER_DELETE_CONFIRM.format(username=person.username))
            service.check_deletion_confirmed(user=person, typed=typed)
        name = person.username
        rows = service.delete_account(db=db, user=person, data_dir=get_settings().data_dir)
    console.print(M.USER_DELETED.format(username=name, rows=rows))


def register(app: typer.Typer) -> None:
    """Add the data commands to the root CLI."""
    app.command("export", help=M.EXPORT_HELP)(export)
    app.command("import", help=M.IMPORT_HELP)(import_)
    app.command("backup", help=M.BACKUP_HELP)(backup)
    app.command("restore", help=M.RESTORE_HELP)(restore)
    user_app.command("delete", help=M.USER_DELETE_HELP)(delete_user)
