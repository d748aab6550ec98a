"""Saving a journal entry: median request time, and how much of it the analysis and screen take.

Run from the repository root:
    .venv/bin/python bench/bench_journal_save.py
Uses a fresh SQLite database in a temporary folder and the in-process test client.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from reconnect import analysis
from reconnect.accounts import service as accounts_service
from reconnect.app import create_app
from reconnect.bootstrap import upgrade_database
from reconnect.config import Settings
from reconnect.db import session_scope
from reconnect.journal.emotions import annotate
from reconnect.journal.models import JournalEntry

TEXTS = [
    "Felt far away from everyone at dinner tonight, as if I was watching through glass.",
    "We walked by the river and for a moment I felt close to her again.",
    "Work was relentless. I snapped at my partner and then felt guilty about it all evening.",
    "A quiet day. Cooked, read, slept early. Nothing much to report.",
    "I noticed I was holding my breath in the meeting. Named it: anxious. It eased a little.",
]
N = 200


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), DATABASE_URL=f"sqlite:///{folder}/bench.db")
        app = create_app(settings)
        upgrade_database(app.state.runtime.engine)
        for db in session_scope(app.state.runtime.sessions):
            user = accounts_service.create_user(
                db=db, username="bench", password="bench password 1"
            )
            _, secret = accounts_service.create_api_token(db=db, user=user, name="bench")
        client = TestClient(app)
        headers = {"Authorization": f"Bearer {secret}"}
        analysis.classify(["warm-up"])
        request_ms, analysis_ms = [], []
        for i in range(N):
            body = {"body": TEXTS[i % len(TEXTS)]}
            start = time.perf_counter()
            response = client.post("/api/v1/entries", json=body, headers=headers)
            request_ms.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 201, response.text
            start = time.perf_counter()
            annotate(JournalEntry(), TEXTS[i % len(TEXTS)])
            analysis_ms.append((time.perf_counter() - start) * 1000)
    threads = os.environ.get("RECONNECT_ANALYSIS_THREADS", "1")
    print(f"{N} entries, SQLite, analysis threads {threads}")
    print(
        f"request median {statistics.median(request_ms):.2f} ms, p95 {sorted(request_ms)[int(0.95 * N)]:.2f} ms"
    )
    print(f"analysis + screen median {statistics.median(analysis_ms):.2f} ms a text")


if __name__ == "__main__":
    main()
