from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text

import reconnect.models  # noqa: F401
from reconnect.accounts.models import User
from reconnect.bootstrap import upgrade_database
from reconnect.core.crypto import Keyring
from reconnect.db import Base, make_engine, make_sessionmaker
from reconnect.journal import service as journal_service


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
