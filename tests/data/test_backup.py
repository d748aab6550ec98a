"""SQLite backups are consistent while someone else is writing, and restore in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from reconnect.bootstrap import upgrade_database
from reconnect.core.errors import ValidationFailed
from reconnect.data import backup
from reconnect.db import make_engine


def _users(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT username FROM users ORDER BY id")]


def _add_user(connection: object, name: str) -> None:
    connection.execute(  # type: ignore[attr-defined]
        text(
            "INSERT INTO users (username, display_name, password_hash, country, is_admin, "
            "failed_logins, created_at) VALUES (:n, '', 'x', 'GB', false, 0, '2026-01-01')"
        ),
        {"n": name},
    )


def test_a_backup_taken_mid_write_holds_only_committed_data(tmp_path: Path) -> None:
    live, copy = tmp_path / "live.db", tmp_path / "copy.db"
    engine = make_engine(f"sqlite:///{live}")
    upgrade_database(engine)
    with engine.begin() as connection:
        _add_user(connection, "committed")
    with engine.connect() as writer:
        writer.begin()
        _add_user(writer, "not-yet")  # the server is in the middle of a write
        backup.backup_sqlite(source=live, target=copy)
        writer.commit()
    engine.dispose()
    assert _users(copy) == ["committed"]
    assert _users(live) == ["committed", "not-yet"]
    assert not copy.with_name(copy.name + "-wal").exists()


def test_restore_keeps_a_safety_copy_and_replaces_in_place(tmp_path: Path) -> None:
    live, copy, safety = tmp_path / "live.db", tmp_path / "copy.db", tmp_path / "safety.db"
    engine = make_engine(f"sqlite:///{live}")
    upgrade_database(engine)
    with engine.begin() as connection:
        _add_user(connection, "first")
    backup.backup_sqlite(source=live, target=copy)
    with engine.begin() as connection:
        _add_user(connection, "second")
    backup.restore_sqlite(backup=copy, live=live, safety_copy=safety)
    with engine.connect() as connection:  # an open engine sees the restored data
        names = [row[0] for row in connection.execute(text("SELECT username FROM users"))]
    engine.dispose()
    assert names == ["first"] and _users(safety) == ["first", "second"]


def test_only_reconnect_databases_are_restored(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER)")
    with pytest.raises(ValidationFailed, match="no Reconnect tables"):
        backup.check_backup(other)
    with pytest.raises(ValidationFailed, match="There is no file"):
        backup.check_backup(tmp_path / "missing.db")


def test_only_sqlite_urls_have_a_file() -> None:
    assert backup.sqlite_path("sqlite:////data/reconnect.db") == Path("/data/reconnect.db")
    assert backup.sqlite_path("postgresql+psycopg://u@localhost/reconnect") is None
