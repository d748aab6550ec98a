"""Many wrong passwords at the same moment: the account pause still holds.

Thirty guesses from thirty addresses (as a botnet would send them, through the proxy of a
server-mode install) race against a real ``reconnect serve`` with two workers on
PostgreSQL. Only as many as the pause allows may be checked against the password (401);
every other one must be told to wait (429), and afterwards even the right password waits.
"""

from __future__ import annotations

import re
import secrets
import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.bootstrap import upgrade_database
from reconnect.core.crypto import Keyring
from reconnect.db import make_engine
from tests.security.live_server import ServeProcess

pytestmark = pytest.mark.slow

GUESSES = 30
MAX_ATTEMPTS = 5
PASSWORD = "the right passphrase"
CSRF = re.compile(r'name="csrf-token" content="([^"]+)"')


class Guesser:
    """One address: fetches the sign-in form, then sends one password when told to."""

    def __init__(self, url: str, address: str) -> None:
        headers = {"x-forwarded-for": address, "x-forwarded-proto": "https"}
        self.client = httpx.Client(base_url=url, headers=headers, timeout=120)
        page = self.client.get("/login")
        self.cookie = page.headers["set-cookie"].split(";", 1)[0]  # Secure: set by hand
        match = CSRF.search(page.text)
        assert match
        self.token = match.group(1)

    def guess(self, password: str) -> int:
        form = {"username": "dana", "password": password, "csrf_token": self.token}
        response = self.client.post("/login", data=form, headers={"cookie": self.cookie})
        return response.status_code


def test_parallel_wrong_passwords_are_checked_no_more_than_the_pause_allows(
    backend: str, served_database: str, keyring: Keyring, tmp_path: Path
) -> None:
    if backend != "postgresql":
        pytest.skip("server mode runs on PostgreSQL only (run with --db=postgresql)")
    engine = make_engine(served_database)
    upgrade_database(engine)
    with Session(engine) as db:
        accounts_service.create_user(db=db, username="dana", password=PASSWORD)
        db.commit()
    engine.dispose()
    env = {
        "RECONNECT_MODE": "server",
        "RECONNECT_DATA_DIR": str(tmp_path),
        "DATABASE_URL": served_database,
        "RECONNECT_SECRET_KEY": secrets.token_urlsafe(48),
        "RECONNECT_ENCRYPTION_KEY": keyring.to_text(),
        "RECONNECT_TRUSTED_HOSTS": "127.0.0.1",
        "RECONNECT_FORWARDED_ALLOW_IPS": "127.0.0.1",
        "RECONNECT_LOGIN_MAX_ATTEMPTS": str(MAX_ATTEMPTS),
    }
    server = ServeProcess(env, tmp_path / "serve.log", workers=2)
    server.start()
    try:
        guessers = [Guesser(server.url, f"198.51.100.{n + 1}") for n in range(GUESSES + 1)]
        codes: list[int] = []
        start = threading.Barrier(GUESSES)

        def guess(guesser: Guesser, n: int) -> None:
            start.wait()
            codes.append(guesser.guess(f"wrong guess {n}"))

        threads = [
            threading.Thread(target=guess, args=(guesser, n))
            for n, guesser in enumerate(guessers[:GUESSES])
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        print(
            f"parallel guesses: {codes.count(401)} of {GUESSES} checked, {codes.count(429)} paused"
        )
        assert sorted(codes) == [401] * MAX_ATTEMPTS + [429] * (GUESSES - MAX_ATTEMPTS)
        assert guessers[-1].guess(PASSWORD) == 429
    finally:
        server.stop()
