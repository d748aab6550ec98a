"""Database engine, declarative base and the column types every domain shares."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any, Final

from sqlalchemy import Dialect, Engine, LargeBinary, MetaData, String, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.types import DateTime, TypeDecorator

from reconnect.core import dates
from reconnect.core.crypto import Keyring, KeyringError

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with stable constraint names for migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    """The current time, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC, returns aware UTC, on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass an aware datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


class _KeyringHolder:
    """Where the process's encrypted columns get their keyring."""

    source: Callable[[], Keyring] | None = None


def set_keyring(ring: Keyring | Callable[[], Keyring]) -> None:
    """Install the keyring used to encrypt and decrypt free text.

    Either a keyring, or a function that returns the current one (``KeyringFile.current``,
    so that a rotation made by another process is picked up).
    """
    _KeyringHolder.source = (lambda: ring) if isinstance(ring, Keyring) else ring


def get_keyring() -> Keyring:
    """The installed keyring; a clear error if the app forgot to install one."""
    if _KeyringHolder.source is None:
        raise KeyringError("no encryption keyring is configured")
    return _KeyringHolder.source()


class EncryptedText(TypeDecorator[str]):
    """Free text sealed with AES-GCM before it reaches the database."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        return get_keyring().encrypt(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return get_keyring().decrypt(bytes(value))


class TimestampMixin:
    """A creation time on every row that has one."""

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


WRITES: Final = {"reconnect_writes": True}
"""Execution options for a unit of work that will write (``session_scope(writes=True)``)."""

BUSY_TIMEOUT_MS: Final = 30_000


def _local_time(stored: str | None, zone_name: str | None) -> str | None:
    """A stored UTC time as the wall-clock time in a zone, in SQLite's own format (SQLite
    has no time zones; ``journal.stats`` calls this as ``local_time(column, zone)``)."""
    if stored is None:
        return None
    moment = dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC)
    return moment.astimezone(dates.zone(zone_name)).strftime("%Y-%m-%d %H:%M:%S.%f")


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINT; let SQLAlchemy emit BEGIN itself.
    # A transaction that will write starts with BEGIN IMMEDIATE: it takes the write lock at
    # once (waiting up to the busy timeout for another writer) instead of reading first and
    # failing with "database is locked" when it later tries to write, which SQLite cannot
    # wait out. Reads stay plain BEGIN and never wait for writers (WAL).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.create_function("local_time", 2, _local_time, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writes = connection.get_execution_options().get("reconnect_writes", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def make_engine(url: str) -> Engine:
    """An engine for the URL, with SQLite tuned for WAL and foreign keys."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit."""
    return sessionmaker(bind=engine, expire_on_commit=False)


def session_scope(factory: sessionmaker[Session], *, writes: bool = False) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on error.

    ``writes`` says the work will write: on SQLite its transaction takes the write lock
    first (see ``_configure_sqlite``); elsewhere it changes nothing.
    """
    with factory() as session:
        if writes:
            session.connection(execution_options=WRITES)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


unit_of_work = contextlib.contextmanager(session_scope)
"""``session_scope`` as a ``with`` block: ``with unit_of_work(sessions, writes=True) as db``."""


SHORT = String(200)
