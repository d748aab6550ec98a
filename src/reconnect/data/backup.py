"""Online backup and restore of the SQLite database with sqlite3's backup API.

The backup API copies pages under SQLite's own locking, so a copy taken while the server
is writing is still one consistent moment. PostgreSQL installs use pg_dump/pg_restore.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from reconnect.core.crypto import Keyring
from reconnect.core.errors import ValidationFailed
from reconnect.db import utcnow
from reconnect.messages import Data as M
from reconnect.models import unreadable_key_ids


class BackupUnsupported(ValidationFailed):
    """Backups of this database are made with its own tools."""


def sqlite_path(url: str) -> Path | None:
    """The database file for a SQLite URL; None for any other database."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or not parsed.database:
        return None
    return Path(parsed.database)


def default_backup_path(data_dir: Path, prefix: str = "reconnect") -> Path:
    """A new time-stamped file in the data folder's backups/."""
    stamp = utcnow().strftime("%Y%m%d-%H%M%S-%f")
    return data_dir / "backups" / f"{prefix}-{stamp}.db"


@contextlib.contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path, timeout=30)
    try:
        connection.execute("PRAGMA busy_timeout=30000")
        yield connection
    finally:
        connection.close()


def backup_sqlite(*, source: Path, target: Path) -> Path:
    """Copy the live database to ``target`` (mode 0600) consistently, while others write."""
    if not source.is_file():
        raise ValidationFailed(M.NOT_A_FILE.format(path=source))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        with _connect(source) as live, _connect(partial) as copy:
            live.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise ValidationFailed(M.SQLITE_FAILED.format(problem=exc)) from exc
    partial.replace(target)
    return target


def check_backup(path: Path) -> None:
    """Raise unless ``path`` is an intact SQLite file made by Reconnect."""
    if not path.is_file():
        raise ValidationFailed(M.NOT_A_FILE.format(path=path))
    try:
        with _connect(path) as connection:
            integrity = connection.execute("PRAGMA quick_check").fetchone()
            has_schema = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('alembic_version', 'users')"
            ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise ValidationFailed(M.RESTORE_NOT_SQLITE.format(path=path, problem=exc)) from exc
    if not integrity or integrity[0] != "ok":
        raise ValidationFailed(M.RESTORE_NOT_SQLITE.format(path=path, problem=integrity))
    if not has_schema or has_schema[0] != 2:
        raise ValidationFailed(
            M.RESTORE_NOT_SQLITE.format(path=path, problem="no Reconnect tables")
        )


def check_backup_keys(path: Path, ring: Keyring) -> None:
    """Raise unless ``ring`` opens the text in the backup (it may predate a key rotation)."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            missing = unreadable_key_ids(connection, ring)
    finally:
        engine.dispose()
    if missing:
        raise ValidationFailed(
            M.RESTORE_KEYS_MISSING.format(path=path, keys=", ".join(sorted(missing)))
        )


def restore_sqlite(*, backup: Path, live: Path, safety_copy: Path) -> Path:
    """Keep a safety copy of the live database, then copy the backup over it in place."""
    check_backup(backup)
    if live.exists():
        backup_sqlite(source=live, target=safety_copy)
    live.parent.mkdir(parents=True, exist_ok=True)
    try:
        with _connect(backup) as source, _connect(live) as target:
            source.backup(target)
    except sqlite3.Error as exc:
        raise ValidationFailed(M.SQLITE_FAILED.format(problem=exc)) from exc
    return safety_copy
