"""Operator commands: serve, database upgrade and encryption key rotation."""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
import uvicorn
from rich.progress import Progress
from sqlalchemy import Column, Table, select, update
from sqlalchemy.orm import Session

import reconnect.models  # noqa: F401  (every table must be known before rotation)
from reconnect.bootstrap import load_keyring, upgrade_database
from reconnect.cli_support import CliError, console, runtime
from reconnect.config import get_settings
from reconnect.core.crypto import Keyring, write_private_file
from reconnect.db import Base, EncryptedText, set_keyring
from reconnect.messages import Cli as M
from reconnect.safety import service as safety_service

db_app = typer.Typer(no_args_is_help=True)


class DropQueryString(logging.Filter):
    """Keep search words and other query text out of the access log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and len(record.args) >= 3:
            args = list(record.args)
            args[2] = str(args[2]).split("?", 1)[0]
            record.args = tuple(args)
        return True


def log_config() -> dict[str, Any]:
    """Uvicorn's logging, with query strings removed from access lines."""
    config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    config["filters"] = {"no_query": {"()": "reconnect.maintenance.DropQueryString"}}
    config["handlers"]["access"]["filters"] = ["no_query"]
    return config


keys_app = typer.Typer(no_args_is_help=True)

WORKER_START_TIMEOUT_S = 120


def serve(
    host: str = typer.Option(None, help="Address to listen on (default 127.0.0.1)."),
    port: int = typer.Option(None, help="Port to listen on (default 8765)."),
    workers: int = typer.Option(None, help="Worker processes (server mode)."),
    migrate: bool = typer.Option(True, help="Apply database migrations first."),
) -> None:
    settings = get_settings()
    started = runtime()  # keys, secret and database settings fail here, before serving
    safety_service.load_screener()  # so does a missing or altered safety model
    with started.engine.connect():
        pass  # an unreachable database is reported now, not on the first request
    if migrate:
        upgrade_database(started.engine)
    host, port = host or settings.host, port or settings.port
    console.print(M.SERVING.format(url=f"http://{host}:{port}"))
    uvicorn.run(
        "reconnect.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers or settings.workers,
        # Forwarded client address and scheme are believed only from the proxy's addresses.
        proxy_headers=settings.mode == "server",
        forwarded_allow_ips=settings.forwarded_allow_ips if settings.mode == "server" else None,
        server_header=False,
        # Each worker imports the app and loads the safety model before it answers its
        # first health check; on a busy machine that takes far longer than uvicorn's 5 s,
        # which would kill and restart workers in a loop.
        timeout_worker_healthcheck=WORKER_START_TIMEOUT_S,
        log_level="info",
        log_config=log_config(),
    )


@db_app.command("upgrade", help=M.DB_UPGRADE_HELP)
def db_upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    upgrade_database(runtime().engine, revision)
    console.print(M.DB_UPGRADED)


def encrypted_columns() -> Iterator[tuple[Table, list[Column[str]]]]:
    """Every table with encrypted columns, and those columns."""
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, EncryptedText)]
        if columns:
            yield table, columns


def reencrypt_all(db: Session, progress: Progress | None = None) -> int:
    """Read every encrypted value and write it back under the active key."""
    count = 0
    for table, columns in encrypted_columns():
        pk = table.primary_key.columns.values()[0]
        rows = db.execute(select(pk, *columns)).all()
        task = progress.add_task(table.name, total=len(rows)) if progress else None
        for row in rows:
            values = {col.name: row._mapping[col] for col in columns}
            db.execute(update(table).where(pk == row[0]).values(**values))
            count += 1
            if progress and task is not None:
                progress.advance(task)
    return count


@keys_app.command("rotate", help=M.KEYS_ROTATE_HELP)
def keys_rotate() -> None:
    settings = get_settings()
    if settings.encryption_key is not None:
        raise CliError(M.KEYS_FROM_ENV)
    path = Path(settings.encryption_key_file) if settings.encryption_key_file else settings.key_path
    rt = runtime()
    upgrade_database(rt.engine)
    rotated: Keyring = load_keyring(settings).with_new_active_key()
    write_private_file(path, rotated.to_text())  # old and new keys both readable from here on
    set_keyring(rotated)
    with Progress(console=console) as progress, rt.sessions() as db:
        count = reencrypt_all(db, progress)
        db.commit()
    write_private_file(path, rotated.only_active().to_text())
    set_keyring(rotated.only_active())
    console.print(M.KEYS_ROTATED.format(count=count, key_id=rotated.active))
