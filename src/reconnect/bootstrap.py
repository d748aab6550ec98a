"""Turn settings into a running process: data folder, keyring, engine, migrations."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session, sessionmaker

import reconnect.patterns.history  # noqa: F401  (with journal.rollups: the events that keep totals exact)
from reconnect.config import Settings
from reconnect.core.crypto import (
    Keyring,
    KeyringFile,
    load_or_create_keyring,
    load_or_create_secret,
)
from reconnect.db import make_engine, make_sessionmaker, set_keyring

if TYPE_CHECKING:  # Alembic is imported by the commands that migrate, not by every command
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


@dataclass
class Runtime:
    """What a web process or a CLI command needs to work."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    secret: str
    keyring: Keyring


def ensure_data_dir(settings: Settings) -> None:
    """Create the private data folder (0700) if it is missing."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        settings.data_dir.chmod(0o700)


def keyring_path(settings: Settings) -> Path | None:
    """The keyring file this install reads; None when the key is given inline."""
    if settings.encryption_key is not None and settings.encryption_key.get_secret_value():
        return None
    return Path(settings.encryption_key_file) if settings.encryption_key_file else settings.key_path


def load_keyring(settings: Settings) -> Keyring:
    """The keyring from the environment, or the local key file created on first run."""
    text = settings.resolved_encryption_key()
    if text:
        return Keyring.from_text(text)
    return load_or_create_keyring(settings.key_path)


def start(settings: Settings) -> Runtime:
    """Prepare keys and the database engine for these settings.

    A keyring kept in a file is watched, so a rotation run beside this process is picked
    up (``reconnect.core.crypto.KeyringFile``).
    """
    ensure_data_dir(settings)
    keyring = load_keyring(settings)
    path = keyring_path(settings)
    set_keyring(KeyringFile(path).current if path is not None else keyring)
    secret = settings.resolved_secret_key() or load_or_create_secret(
        settings.data_dir / "secret.key"
    )
    engine = make_engine(settings.sqlalchemy_url)
    return Runtime(settings, engine, make_sessionmaker(engine), secret, keyring)


def alembic_config(engine: Engine) -> Config:
    """An Alembic configuration that runs against this engine."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    config.attributes["engine"] = engine
    return config


def upgrade_database(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision``."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def schema_revision(engine: Engine) -> str | None:
    """The migration the database stands at, or None where none was ever applied (new)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def database_is_current(engine: Engine) -> bool:
    """Whether the schema exists at all (a quick check before serving)."""
    return inspect(engine).has_table("alembic_version")
