"""Every write acknowledged before ``kill -9`` of the server is there, intact, afterwards.

A real ``reconnect serve`` takes journal entries and check-ins through the API from a few
threads; it is SIGKILLed several times mid-load and restarted. Each write that got a 201
is then read back from the database, decrypted, and compared with what was sent.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.bootstrap import upgrade_database
from reconnect.db import make_engine
from reconnect.journal.models import CheckIn, JournalEntry
from tests.security.live_server import ServeProcess

pytestmark = pytest.mark.slow

KILLS = 3
WRITERS = 3
WORDS = ["calm", "tired", "hopeful", "distant", "warm", "numb", "close", "grateful"]


@dataclass
class Acknowledged:
    """Writes the server answered 201 to, keyed by id."""

    entries: dict[int, tuple[str, str]] = field(default_factory=dict)
    checkins: dict[int, str] = field(default_factory=dict)
    failures: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _write_until(stop: threading.Event, url: str, token: str, acked: Acknowledged) -> None:
    rng = random.Random()  # each thread its own
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
        while not stop.is_set():
            marker = uuid.uuid4().hex
            text = f"{marker} felt " + " ".join(rng.choices(WORDS, k=rng.randint(3, 30)))
            try:
                if rng.random() < 0.7:
                    title = f"title {marker[:8]} ✓"
                    response = client.post("/api/v1/entries", json={"body": text, "title": title})
                    if response.status_code == 201:
                        with acked.lock:
                            acked.entries[response.json()["id"]] = (text, title)
                else:
                    body = {"pleasantness": rng.randint(-4, 4), "energy": 0, "note": text}
                    response = client.post("/api/v1/checkins", json=body)
                    if response.status_code == 201:
                        with acked.lock:
                            acked.checkins[response.json()["id"]] = text
            except httpx.TransportError:
                with acked.lock:
                    acked.failures += 1
                time.sleep(0.05)  # the server is down: wait for the restart


@pytest.mark.parametrize("workers", [1, 2])
def test_acknowledged_writes_survive_kill_9(
    served_database: str, served_env: dict[str, str], tmp_path: Path, workers: int
) -> None:
    engine = make_engine(served_database)
    upgrade_database(engine)
    with Session(engine) as db:
        user = accounts_service.create_user(db=db, username="crashtest", password="p" * 12)
        _, token = accounts_service.create_api_token(db=db, user=user, name="load")
        db.commit()
    server = ServeProcess(served_env, tmp_path / "serve.log", workers=workers)
    acked, stop = Acknowledged(), threading.Event()
    restarts: list[float] = []
    threads: list[threading.Thread] = []
    try:
        for _ in range(KILLS):
            begun = time.monotonic()
            server.start()
            restarts.append(time.monotonic() - begun)
            if not threads:
                threads = [
                    threading.Thread(target=_write_until, args=(stop, server.url, token, acked))
                    for _ in range(WRITERS)
                ]
                for thread in threads:
                    thread.start()
            before = len(acked.entries) + len(acked.checkins)
            deadline = time.monotonic() + 20
            while len(acked.entries) + len(acked.checkins) < before + 10:  # mid-load, for sure
                assert time.monotonic() < deadline, "the server took no writes"
                time.sleep(0.05)
            time.sleep(random.uniform(0.0, 0.5))
            server.kill()
            time.sleep(0.2)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        server.start()
        _assert_all_present(engine, acked)
        print(
            f"kill -9 with {workers} worker(s): {len(acked.entries)} entries and "
            f"{len(acked.checkins)} check-ins acknowledged, none lost; starts took "
            + ", ".join(f"{seconds:.1f} s" for seconds in restarts)
        )
        sample = next(iter(acked.entries))
        response = httpx.get(
            f"{server.url}/api/v1/entries/{sample}",
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.json()["body"] == acked.entries[sample][0]
    finally:
        stop.set()
        server.stop()
        engine.dispose()
    assert acked.failures > 0, "no write ever met a dead server: the kills did not bite"


def _assert_all_present(engine: object, acked: Acknowledged) -> None:
    assert len(acked.entries) >= KILLS * 5
    with Session(engine) as db:  # type: ignore[arg-type]
        for entry_id, (body, title) in acked.entries.items():
            entry = db.get(JournalEntry, entry_id)
            assert entry is not None, f"acknowledged entry {entry_id} was lost"
            assert (entry.body, entry.title) == (body, title), f"entry {entry_id} changed"
        for checkin_id, note in acked.checkins.items():
            checkin = db.get(CheckIn, checkin_id)
            assert checkin is not None, f"acknowledged check-in {checkin_id} was lost"
            assert checkin.note == note, f"check-in {checkin_id} changed"
