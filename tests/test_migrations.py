from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command as alembic_command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

import reconnect.models  # noqa: F401
from reconnect.accounts.models import User
from reconnect.bootstrap import alembic_config, upgrade_database
from reconnect.core.crypto import Keyring
from reconnect.core.dates import machine_zone_name
from reconnect.db import Base, make_engine, make_sessionmaker
from reconnect.journal import service as journal_service
from tests.pg_server import PostgresServer


def test_the_migrations_build_exactly_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        assert compare_metadata(context, Base.metadata) == []


def test_migration_0009_indexes_the_entries_already_written(
    tmp_path: Path, keyring: Keyring
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade_database(engine, "0008")
    sealed = keyring.encrypt("An afternoon at the allotment")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (id, username, password_hash, display_name, country, "
                "is_admin, failed_logins, created_at) VALUES "
                "(1, 'dana', 'x', 'Dana', 'GB', 0, 0, '2026-11-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO journal_entries (id, user_id, entry_date, body, word_count, "
                "created_at, updated_at) VALUES (7, 1, '2026-11-02', :body, 4, "
                "'2026-11-02 00:00:00', '2026-11-02 00:00:00')"
            ),
            {"body": sealed},
        )
        connection.execute(text("INSERT INTO tags (id, user_id, name) VALUES (1, 1, 'garden')"))
        connection.execute(text("INSERT INTO entry_tags (entry_id, tag_id) VALUES (7, 1)"))
    upgrade_database(engine)
    with make_sessionmaker(engine)() as db:
        dana = db.get(User, 1)
        assert dana is not None
        found = journal_service.search_entries(db=db, user=dana, query="allotment garden").items
        assert [e.id for e in found] == [7] and found[0].search_key == keyring.active
    engine.dispose()


@pytest.fixture()
def fresh_engine(
    backend: str, pg_server: PostgresServer | None, tmp_path: Path
) -> Iterator[Engine]:
    """An empty database of the kind under test, for migrating step by step."""
    if pg_server is not None:
        url = pg_server.create_database(f"mig_{uuid.uuid4().hex[:10]}")
    else:
        url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    yield engine
    engine.dispose()


def _zones(engine: Engine, table: str) -> dict[int, str]:
    key = "id" if table == "users" else "user_id"
    with engine.connect() as connection:
        rows = connection.execute(text(f"SELECT {key}, time_zone FROM {table}"))  # noqa: S608
        return {int(k): str(zone) for k, zone in rows}


def test_migration_0012_gives_each_person_their_plans_zone_and_back(
    fresh_engine: Engine, keyring: Keyring
) -> None:
    upgrade_database(fresh_engine, "0011")
    with fresh_engine.begin() as connection:
        for user_id, name in ((1, "dana"), (2, "erin")):
            connection.execute(
                text(
                    "INSERT INTO users (id, username, password_hash, display_name, country, "
                    "is_admin, failed_logins, created_at) VALUES "
                    "(:id, :name, 'x', '', 'GB', :admin, 0, '2026-11-01 00:00:00')"
                ),
                {"id": user_id, "name": name, "admin": False},
            )
        connection.execute(
            text(
                "INSERT INTO plans (id, user_id, time_zone, created_at) VALUES "
                "(1, 1, 'UTC', '2026-11-01 00:00:00'), (2, 2, 'Asia/Tokyo', '2026-11-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO journal_entries (id, user_id, entry_date, body, word_count, "
                "created_at, updated_at) VALUES (7, 2, '2026-11-02', :body, 2, "
                "'2026-11-02 00:00:00', '2026-11-02 00:00:00')"
            ),
            {"body": keyring.encrypt("Quiet morning")},
        )
    upgrade_database(fresh_engine, "0012")
    assert _zones(fresh_engine, "users") == {1: machine_zone_name(), 2: "Asia/Tokyo"}
    assert "time_zone" not in {c["name"] for c in inspect(fresh_engine).get_columns("plans")}
    with fresh_engine.connect() as connection:  # altering "users" kept what refers to it
        assert connection.execute(text("SELECT count(*) FROM journal_entries")).scalar() == 1
        connection.execute(text("UPDATE users SET time_zone = 'Europe/Paris' WHERE id = 1"))
        connection.commit()
    alembic_command.downgrade(alembic_config(fresh_engine), "0011")
    assert _zones(fresh_engine, "plans") == {1: "Europe/Paris", 2: "Asia/Tokyo"}
    assert "time_zone" not in {c["name"] for c in inspect(fresh_engine).get_columns("users")}
    with fresh_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM journal_entries")).scalar() == 1
    upgrade_database(fresh_engine)
    assert _zones(fresh_engine, "users") == {1: "Europe/Paris", 2: "Asia/Tokyo"}
