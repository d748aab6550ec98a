"""Alembic environment: runs against the engine handed over in ``config.attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

import reconnect.models  # noqa: F401  (registers every table on Base.metadata)
from reconnect.db import Base

config = context.config
engine = config.attributes.get("engine")
if not isinstance(engine, Engine):
    from reconnect.bootstrap import start
    from reconnect.config import get_settings

    engine = start(get_settings()).engine

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
