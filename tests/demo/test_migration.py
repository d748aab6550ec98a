"""Migration 0013 adds ``users.is_demo`` (and takes it away) without losing anything."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from reconnect.bootstrap import alembic_config, upgrade_database
from reconnect.core.crypto import Keyring
from reconnect.db import make_engine


def test_the_upgrade_keeps_every_entry_and_marks_nobody_a_demo(
    tmp_path: Path, keyring: Keyring
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade_database(engine, "0012")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (id, username, password_hash, display_name, country, "
                "is_admin, failed_logins, created_at, time_zone) VALUES "
                "(1, 'demo', 'x', '', 'GB', 0, 0, '2026-11-01 00:00:00', 'Europe/London')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO journal_entries (id, user_id, entry_date, body, word_count, "
                "created_at, updated_at) VALUES (7, 1, '2026-11-02', :body, 3, "
                "'2026-11-02 00:00:00', '2026-11-02 00:00:00')"
            ),
            {"body": keyring.encrypt("A long walk")},
        )
    upgrade_database(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM journal_entries")).scalar() == 1
        assert connection.execute(text("SELECT is_demo FROM users")).scalar() in (0, False)
    command.downgrade(alembic_config(engine), "0012")  # the way back keeps them too
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM journal_entries")).scalar() == 1
    engine.dispose()
