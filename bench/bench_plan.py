"""Plan and learn: the plan page, the progress API and the calendar feed as history grows,
and searching the learn library.

Run from the repository root:
    .venv/bin/python bench/bench_plan.py
Uses fresh SQLite databases in a temporary folder and the in-process test client. Logs are
inserted directly (one practice a day, a note on every third), so only reading is timed.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from reconnect.accounts import service as accounts_service
from reconnect.app import create_app
from reconnect.bootstrap import upgrade_database
from reconnect.config import Settings
from reconnect.db import session_scope
from reconnect.learn import service as learn_service
from reconnect.plan import catalogue, feed
from reconnect.plan import service as plan_service
from reconnect.plan.models import PracticeLog

ROUNDS = 30
QUERIES = ["boundaries", "numb", "therapist first call", "solitude empathy", "xylophone"]


def _median_ms(client: TestClient, path: str, headers: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        response = client.get(path, headers=headers or {})
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.median(times)


def _history(days: int, folder: str) -> tuple[float, float, float, float]:
    settings = Settings(data_dir=Path(folder), DATABASE_URL=f"sqlite:///{folder}/b{days}.db")
    app = create_app(settings)
    upgrade_database(app.state.runtime.engine)
    today = dt.date.today()
    for db in session_scope(app.state.runtime.sessions):
        user = accounts_service.create_user(db=db, username="bench", password="bench password 1")
        _, secret = accounts_service.create_api_token(db=db, user=user, name="bench")
        for practice in catalogue.PRACTICES[:6]:
            plan_service.add_practice(db=db, user=user, slug=practice.slug)
        for i in range(days):
            practice = catalogue.PRACTICES[i % len(catalogue.PRACTICES)]
            db.add(
                PracticeLog(
                    user_id=user.id,
                    practice=practice.slug,
                    strategy=practice.strategy,
                    done_on=today - dt.timedelta(days=i),
                    rating=1 + i % 5,
                    note="a short private note" if i % 3 == 0 else None,
                )
            )
        token = feed.create_token(db=db, user=user)
    client = TestClient(app)
    client.cookies.clear()
    headers = {"Authorization": f"Bearer {secret}"}
    api = _median_ms(client, "/api/v1/plan", headers)
    logs = _median_ms(client, "/api/v1/plan/logs", headers)
    ics = _median_ms(client, f"/plan/feed/{token}.ics")
    start = time.perf_counter()
    for db in session_scope(app.state.runtime.sessions):
        for _ in range(ROUNDS):
            plan_service.milestones(db=db, user=user)
    milestones = (time.perf_counter() - start) * 1000 / ROUNDS
    app.state.runtime.engine.dispose()
    return api, logs, ics, milestones


def main() -> None:
    print(
        "| history | GET /api/v1/plan ms | GET /api/v1/plan/logs ms | ICS feed ms | milestones ms |"
    )
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for label, days in (("one month", 30), ("one year", 365), ("ten years", 3650)):
            api, logs, ics, milestones = _history(days, folder)
            print(
                f"| {label} ({days} logs) | {api:.1f} | {logs:.1f} | {ics:.1f} | {milestones:.1f} |"
            )
    times = []
    for _ in range(200):
        for query in QUERIES:
            start = time.perf_counter()
            learn_service.search(query)
            times.append((time.perf_counter() - start) * 1000)
    print(
        f"\nlearn search over {len(learn_service.TOPICS)} topics: "
        f"median {statistics.median(times):.3f} ms, max {max(times):.3f} ms"
    )


if __name__ == "__main__":
    main()
