"""Fixtures for the tests that run a real ``reconnect serve``."""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path

import pytest

from reconnect.core.crypto import Keyring
from tests.pg_server import PostgresServer


@pytest.fixture()
def served_database(backend: str, pg_server: PostgresServer | None, tmp_path: Path) -> str:
    """A new, empty database of the suite's backend for one server."""
    if pg_server is not None:
        return pg_server.create_database(f"served_{uuid.uuid4().hex[:10]}")
    return f"sqlite:///{tmp_path / 'served.db'}"


@pytest.fixture()
def served_env(served_database: str, keyring: Keyring, tmp_path: Path) -> dict[str, str]:
    """The environment of a ``reconnect serve`` on that database."""
    return {
        "RECONNECT_DATA_DIR": str(tmp_path / "data"),
        "DATABASE_URL": served_database,
        "RECONNECT_ENCRYPTION_KEY": keyring.to_text(),
        "RECONNECT_SECRET_KEY": secrets.token_urlsafe(48),
    }
