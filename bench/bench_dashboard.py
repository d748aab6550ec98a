"""The dashboard, the journal list and search with one month against ten years of daily data.

Run from the repository root:
    .venv/bin/python bench/bench_dashboard.py                 # SQLite in a temporary folder
    .venv/bin/python bench/bench_dashboard.py --database-url postgresql+psycopg://...

Two people are generated: one with a month of daily check-ins and entries, one with ten
years. Rows are written directly with their analysis fields and marker counts filled in
as the save path does (no model pass), and entries indexed for search, so generating
takes seconds. ``--uncounted`` leaves
the marker counts empty, like rows migration 0006 could not decrypt, to measure the
dashboard's on-the-fly fallback. Each page is then fetched through the in-process client and the
median of several requests is reported, with the ten-years / one-month ratio (target: at
most 2x).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.app import create_app
from reconnect.bootstrap import upgrade_database
from reconnect.config import Settings
from reconnect.db import session_scope
from reconnect.journal import emotions, search
from reconnect.journal.models import CheckIn, JournalEntry
from reconnect.web.security import SESSION_COOKIE

WORDS = ["calm", "tired", "hopeful", "lonely", "grateful", "numb", "anxious", "content"]
EMOTIONS = ["joy", "sadness", "love", "anger", "fear", "gratitude", "neutral", "optimism"]
SENTENCES = [
    "We walked by the river and talked about nothing much.",
    "I felt far away from everyone at dinner, as if behind glass.",
    "Work was relentless and I never had a moment to breathe.",
    "A quiet evening; cooked, read and went to bed early.",
    "I noticed my shoulders were tight and named it: worried.",
]
RARE = "Saw a heron standing very still by the lock."
PAGES = {
    "dashboard (month)": "/insights",
    "dashboard (year)": "/insights?range=year",
    "dashboard (all)": "/insights?range=all",
    "journal list": "/journal",
    "search (common word)": "/journal?q=river",
    "search (rare word)": "/journal?q=heron",
    "search (no match)": "/journal?q=zebra",
    "API insights (month)": "/api/v1/insights",
}


def _generate(
    db: Session, user: User, days: int, today: dt.date, rnd: random.Random, counted: bool
) -> None:
    rows: list[CheckIn | JournalEntry] = []
    for n in range(days):
        day = today - dt.timedelta(days=n)
        body = " ".join(rnd.sample(SENTENCES, 3))
        if rnd.random() < 0.02:
            body += " " + RARE
        checkin = CheckIn(
            user_id=user.id,
            pleasantness=rnd.randint(-4, 4),
            energy=rnd.randint(-4, 4),
            words=rnd.sample(WORDS, rnd.randint(1, 3)),
            note=None,
            detected_emotions=[],
            emotion_scores={},
            analysis_version="bench",
            safety_level="none",
            created_at=dt.datetime.combine(day, dt.time(8, 30), tzinfo=dt.UTC),
        )
        entry = JournalEntry(
            user_id=user.id,
            entry_date=day,
            body=body,
            word_count=len(body.split()),
            detected_emotions=rnd.sample(EMOTIONS, 2),
            emotion_scores={},
            analysis_version="bench",
            safety_level="none",
            tags=[],
        )
        if counted:
            emotions.store_counts(checkin, checkin.note)
            emotions.store_counts(entry, body)
        rows += [checkin, entry]
        if len(rows) >= 2_000:
            _store(db, rows)
            rows = []
    _store(db, rows)


def _store(db: Session, rows: list[CheckIn | JournalEntry]) -> None:
    """Store rows, and index the entries for search as the save path does."""
    db.add_all(rows)
    db.flush()
    search.index_entries(db, [row for row in rows if isinstance(row, JournalEntry)])


def _signed_in(client: TestClient, db_factory: object, user_id: int) -> dict[str, str]:
    for db in session_scope(db_factory):  # type: ignore[arg-type]
        user = db.get(User, user_id)
        assert user is not None
        token = accounts_service.start_session(db=db, user=user, days=1)
        _, secret = accounts_service.create_api_token(db=db, user=user, name="bench")
    client.cookies.set(SESSION_COOKIE, token)
    return {"Authorization": f"Bearer {secret}"}


def _time_ms(client: TestClient, path: str, headers: dict[str, str]) -> float:
    start = time.perf_counter()
    response = client.get(path, headers=headers)
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, (path, response.status_code)
    return elapsed


def _measure(
    clients: dict[str, tuple[TestClient, dict[str, str]]], repeats: int
) -> dict[str, dict[str, float]]:
    """Median per person and page, the two people's requests interleaved round by round."""
    times: dict[str, dict[str, list[float]]] = {n: {p: [] for p in PAGES} for n in clients}
    for round_number in range(repeats + 1):
        for name, (client, headers) in clients.items():
            for label, path in PAGES.items():
                elapsed = _time_ms(client, path, headers if "api" in path else {})
                if round_number:  # the first round warms caches and templates
                    times[name][label].append(elapsed)
    return {n: {p: statistics.median(t) for p, t in pages.items()} for n, pages in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument(
        "--uncounted", action="store_true", help="leave the stored marker counts empty"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{folder}/bench.db"
        app = create_app(Settings(data_dir=Path(folder), DATABASE_URL=url))
        runtime = app.state.runtime
        upgrade_database(runtime.engine)
        today, rnd, ids = dt.date.today(), random.Random(7), {}
        started = time.perf_counter()
        for name, days in (("month", 30), ("decade", 365 * args.years + 2)):
            for db in session_scope(runtime.sessions):
                user = accounts_service.create_user(
                    db=db, username=f"bench-{name}-{rnd.randint(0, 10**6)}", password="x" * 12
                )
                _generate(db, user, days, today, rnd, counted=not args.uncounted)
                ids[name] = user.id
        print(f"generated in {time.perf_counter() - started:.1f} s on {url.split(':')[0]}")
        clients = {}
        for name, user_id in ids.items():
            client = TestClient(app)
            clients[name] = (client, _signed_in(client, runtime.sessions, user_id))
        results = _measure(clients, args.repeats)
    print(f"{'page':<24}{'1 month':>10}{f'{args.years} years':>12}{'ratio':>8}")
    for label in PAGES:
        month, decade = results["month"][label], results["decade"][label]
        print(f"{label:<24}{month:>8.1f}ms{decade:>10.1f}ms{decade / month:>7.2f}x")


if __name__ == "__main__":
    main()
