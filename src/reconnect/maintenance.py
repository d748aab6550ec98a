"""Operator commands: serve, database upgrade and encryption key rotation."""

from __future__ import annotations

import copy
import logging
import re
import time
from pathlib import Path
from typing import Any

import typer
import uvicorn
from rich.progress import Progress
from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from reconnect.bootstrap import keyring_path, load_keyring, schema_revision, upgrade_database
from reconnect.cli_support import CliError, console, runtime, unit_of_work
from reconnect.config import get_settings
from reconnect.core.crypto import CHECK_EVERY_S, write_private_file
from reconnect.db import set_keyring
from reconnect.journal import service as journal_service
from reconnect.messages import Cli as M
from reconnect.models import encrypted_columns, key_id_of, key_ids_in_use
from reconnect.safety import service as safety_service

db_app = typer.Typer(no_args_is_help=True)


SECRET_PATH = re.compile(r"^(/plan/feed/)[^/]+(\.ics)$")


class DropQueryString(logging.Filter):
    """Keep search words and other query text, and the calendar feed's secret address,
    out of the access log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and len(record.args) >= 3:
            args = list(record.args)
            path = str(args[2]).split("?", 1)[0]
            args[2] = SECRET_PATH.sub(r"\1…\2", path)
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
    engine = runtime().engine
    before = schema_revision(engine)
    upgrade_database(engine, revision)
    if before is None:
        console.print(M.DB_CREATED)
    elif before != schema_revision(engine):
        console.print(M.DB_MIGRATED)
    else:
        console.print(M.DB_UPGRADED)


def reencrypt_all(db: Session, active: str, progress: Progress | None = None) -> int:
    """Write back, under the active key, every row holding a value sealed by another key."""
    count = 0
    for table, columns in encrypted_columns():
        pk = table.primary_key.columns.values()[0]
        stale = or_(*(and_(c.is_not(None), key_id_of(c) != active.encode()) for c in columns))
        rows = db.execute(select(pk, *columns).where(stale)).all()
        task = progress.add_task(table.name, total=len(rows)) if progress else None
        for row in rows:
            values = {col.name: row._mapping[col] for col in columns}
            db.execute(update(table).where(pk == row[0]).values(**values))
            count += 1
            if progress and task is not None:
                progress.advance(task)
    return count


def _keyring_file() -> Path:
    path = keyring_path(get_settings())
    if path is None:
        raise CliError(M.KEYS_FROM_ENV)
    return path


@keys_app.command("rotate", help=M.KEYS_ROTATE_HELP)
def keys_rotate() -> None:
    path = _keyring_file()
    rt = runtime()
    upgrade_database(rt.engine)
    rotated = load_keyring(get_settings()).with_new_active_key()
    # From here every process seals with the new key (a running server within a second,
    # reconnect.core.crypto.KeyringFile) and the old keys still open what they sealed.
    write_private_file(path, rotated.to_text())
    set_keyring(rotated)
    with Progress(console=console) as progress, unit_of_work() as db:
        count = reencrypt_all(db, rotated.active, progress)
        journal_service.reindex_entries(db=db)  # the search index rotates with the key
    # A server may have sealed (or indexed) under the old key in the moment before it read
    # the new file: wait out that moment, then do those again.
    time.sleep(2 * CHECK_EVERY_S)
    with unit_of_work() as db:
        count += reencrypt_all(db, rotated.active)
        journal_service.reindex_entries(db=db)
    console.print(M.KEYS_ROTATED.format(count=count, key_id=rotated.active))
    console.print(M.KEYS_RETIRED_KEPT)


@keys_app.command("prune", help=M.KEYS_PRUNE_HELP)
def keys_prune() -> None:
    path = _keyring_file()
    rt = runtime()
    ring = load_keyring(get_settings())
    with rt.sessions() as db:
        used = key_ids_in_use(db)
    retired = set(ring.keys) - {ring.active}
    in_use = sorted(k for k in retired if used.get(k))
    removable = retired - set(in_use)
    if in_use:
        counts = ", ".join(f"{k} ({used[k]})" for k in in_use)
        console.print(M.KEYS_STILL_USED.format(keys=counts))
    if not removable:
        console.print(M.KEYS_NOTHING_TO_PRUNE)
        return
    write_private_file(path, ring.without(removable).to_text())
    console.print(M.KEYS_PRUNED.format(keys=", ".join(sorted(removable))))


def register(app: typer.Typer) -> None:
    """Add ``reconnect serve``, ``reconnect db`` and ``reconnect keys`` to the root CLI."""
    app.command("serve", help=M.SERVE_HELP)(serve)
    app.add_typer(db_app, name="db", help=M.DB_HELP)
    app.add_typer(keys_app, name="keys", help=M.KEYS_HELP)
