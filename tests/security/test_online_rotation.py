"""``reconnect keys rotate`` beside a running server loses nothing.

A real ``reconnect serve`` takes journal entries from a writer thread while the keys are
rotated and then pruned by separate commands. After a restart every acknowledged entry
must read back as written, and the export must work.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.bootstrap import upgrade_database
from reconnect.core.crypto import Keyring
from reconnect.db import make_engine, set_keyring
from tests.security.live_server import ServeProcess

pytestmark = pytest.mark.slow


def _command(env: dict[str, str], *args: str) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("RECONNECT_")}
    clean.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "reconnect", *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _write_until(stop: threading.Event, url: str, token: str, acked: dict[int, str]) -> None:
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as client:
        n = 0
        while not stop.is_set():
            body = f"entry {n}, written during the rotation"
            response = client.post("/api/v1/entries", json={"body": body}, timeout=120)
            assert response.status_code == 201, response.text
            acked[response.json()["id"]] = body
            n += 1


def test_rotating_keys_while_the_server_writes_keeps_every_entry_readable(
    served_database: str, served_env: dict[str, str], keyring: Keyring, tmp_path: Path
) -> None:
    key_file = tmp_path / "keyring.json"
    key_file.write_text(keyring.to_text())
    env = {k: v for k, v in served_env.items() if k != "RECONNECT_ENCRYPTION_KEY"}
    env["RECONNECT_ENCRYPTION_KEY_FILE"] = str(key_file)
    engine = make_engine(served_database)
    upgrade_database(engine)
    set_keyring(keyring)
    with Session(engine) as db:
        user = accounts_service.create_user(db=db, username="rota", password="p" * 12)
        _, token = accounts_service.create_api_token(db=db, user=user, name="t")
        db.commit()
    engine.dispose()
    server = ServeProcess(env, tmp_path / "serve.log")
    server.start()
    acked: dict[int, str] = {}
    stop = threading.Event()
    writer = threading.Thread(target=_write_until, args=(stop, server.url, token, acked))
    try:
        writer.start()
        _command(env, "keys", "rotate")
        before = len(acked)
        while len(acked) < before + 10 and writer.is_alive():  # the server goes on writing
            stop.wait(0.05)
        _command(env, "keys", "prune")
        stop.set()
        writer.join(timeout=120)
        server.stop()
        server.start()
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=server.url, headers=headers, timeout=120) as client:
            for entry_id, body in acked.items():
                response = client.get(f"/api/v1/entries/{entry_id}")
                assert response.status_code == 200 and response.json()["body"] == body
            assert client.get("/api/v1/export").status_code == 200
    finally:
        stop.set()
        server.stop()
    print(f"online rotation: {len(acked)} entries acknowledged, all read back after a restart")
    assert len(acked) > 10
