"""Shared fixtures: a real database (SQLite or PostgreSQL) per session, each test rolled back."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.app import create_app
from reconnect.bootstrap import Runtime, upgrade_database
from reconnect.config import Settings
from reconnect.core.crypto import Keyring
from reconnect.db import make_engine, set_keyring
from tests.factories import make_user
from tests.pg_server import PostgresServer


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db",
        choices=["sqlite", "postgresql"],
        default="sqlite",
        help="Database backend for the suite (default sqlite).",
    )


@pytest.fixture(scope="session")
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.config.getoption("--db"))


@pytest.fixture(scope="session", autouse=True)
def _fast_password_hashing() -> None:
    # Still argon2id, at a cost that keeps the suite quick; production uses the library defaults.
    accounts_service.use_password_hasher(
        PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    )


@pytest.fixture(scope="session")
def keyring() -> Keyring:
    ring = Keyring.generate()
    set_keyring(ring)
    return ring


@pytest.fixture(scope="session")
def pg_server(backend: str) -> Iterator[PostgresServer | None]:
    if backend != "postgresql":
        yield None
        return
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def database_url(
    backend: str, pg_server: PostgresServer | None, tmp_path_factory: pytest.TempPathFactory
) -> str:
    if pg_server is not None:
        return pg_server.create_database(f"test_{uuid.uuid4().hex[:10]}")
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'reconnect.db'}"


@pytest.fixture(scope="session")
def engine(database_url: str, keyring: Keyring) -> Iterator[Engine]:
    engine = make_engine(database_url)
    upgrade_database(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory, database_url: str) -> Settings:
    return Settings(data_dir=tmp_path_factory.mktemp("data"), DATABASE_URL=database_url)


@pytest.fixture()
def connection(engine: Engine) -> Iterator[object]:
    with engine.connect() as conn:
        outer = conn.begin()
        yield conn
        outer.rollback()


@pytest.fixture()
def sessions(connection: object) -> sessionmaker[Session]:
    return sessionmaker(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )  # type: ignore[call-overload]


@pytest.fixture()
def db(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as session:
        yield session


@pytest.fixture(scope="session")
def base_app(settings: Settings, engine: Engine, keyring: Keyring) -> FastAPI:
    runtime = Runtime(
        settings, engine, sessionmaker(bind=engine), "test-secret-" + "x" * 32, keyring
    )
    return create_app(runtime=runtime)


@pytest.fixture()
def app(base_app: FastAPI, sessions: sessionmaker[Session]) -> Iterator[FastAPI]:
    original = base_app.state.runtime
    base_app.state.runtime = dataclasses.replace(original, sessions=sessions)
    yield base_app
    base_app.state.runtime = original


@pytest.fixture()
def client(app: FastAPI) -> TestClient:
    return TestClient(app, base_url="http://testserver")


@pytest.fixture()
def make_client(app: FastAPI):  # type: ignore[no-untyped-def]
    return lambda: TestClient(app, base_url="http://testserver")


@pytest.fixture()
def alice(db: Session) -> User:
    user = make_user(db, "alice", display_name="Alice", country="GB")
    db.commit()
    return user


@pytest.fixture()
def bob(db: Session) -> User:
    user = make_user(db, "bob", display_name="Bob", country="IE")
    db.commit()
    return user


@pytest.fixture()
def charlie(db: Session) -> User:
    user = make_user(db, "charlie", display_name="Charlie", country="US")
    db.commit()
    return user


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent
