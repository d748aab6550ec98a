"""A real `reconnect serve` in server mode: forwarded addresses are believed only from the proxy.

The per-address sign-in throttle keys on the client address. Behind the proxy that is
`X-Forwarded-For`, which must be believed from the proxy's address and ignored from
anyone else (or a guesser could claim a new address for every attempt).
"""

from __future__ import annotations

import re
import secrets
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.bootstrap import upgrade_database
from reconnect.core.crypto import Keyring
from reconnect.db import make_engine
from tests.pg_server import PostgresServer
from tests.security.live_server import ServeProcess

pytestmark = pytest.mark.slow
THROTTLE = 20  # sign-in attempts a minute from one address (login_attempts_per_minute)
CSRF_META = re.compile(r'name="csrf-token" content="([^"]+)"')


def _attempt(url: str, address: str, n: int) -> int:
    """One failed sign-in that claims to come from ``address``; the status code."""
    headers = {"x-forwarded-for": address, "x-forwarded-proto": "https"}
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        page = client.get("/login")
        cookie = page.headers["set-cookie"].split(";", 1)[0]  # Secure: set by hand over HTTP
        token = CSRF_META.search(page.text).group(1)  # type: ignore[union-attr]
        form = {"username": f"nobody{n}", "password": "wrong passphrase", "csrf_token": token}
        return client.post("/login", data=form, headers={"cookie": cookie}).status_code


@pytest.fixture()
def server_database(backend: str, pg_server: PostgresServer | None) -> str:
    if pg_server is None:
        pytest.skip("server mode runs on PostgreSQL only (run with --db=postgresql)")
    url = pg_server.create_database(f"server_{uuid.uuid4().hex[:10]}")
    engine = make_engine(url)
    upgrade_database(engine)
    with Session(engine) as db:
        accounts_service.create_user(db=db, username="someone", password="p" * 12)
        db.commit()
    engine.dispose()
    return url


@pytest.mark.parametrize(("proxy", "believed"), [("127.0.0.1", True), ("192.0.2.10", False)])
def test_forwarded_addresses_count_only_from_the_proxy(
    server_database: str, keyring: Keyring, tmp_path: Path, proxy: str, believed: bool
) -> None:
    server = ServeProcess(
        {
            "RECONNECT_MODE": "server",
            "RECONNECT_DATA_DIR": str(tmp_path),
            "DATABASE_URL": server_database,
            "RECONNECT_SECRET_KEY": secrets.token_urlsafe(48),
            "RECONNECT_ENCRYPTION_KEY": keyring.to_text(),
            "RECONNECT_TRUSTED_HOSTS": "127.0.0.1",
            "RECONNECT_FORWARDED_ALLOW_IPS": proxy,
        },
        tmp_path / "serve.log",
    )
    server.start()
    try:
        response = httpx.get(server.url + "/login")
        assert "strict-transport-security" in response.headers and "server" not in response.headers
        assert "Secure" in response.headers["set-cookie"]
        codes = [_attempt(server.url, "198.51.100.1", n) for n in range(THROTTLE)]
        assert codes == [401] * THROTTLE
        assert _attempt(server.url, "198.51.100.1", THROTTLE) == 429
        other = _attempt(server.url, "198.51.100.2", THROTTLE + 1)
        assert other == (401 if believed else 429)  # a new claimed address helps only via the proxy
        wrong_host = httpx.get(server.url + "/login", headers={"host": "evil.example"})
        assert wrong_host.status_code == 400
    finally:
        server.stop()
