"""The patterns page with one month and with ten years of daily check-ins with factors.

Run from the repository root:
    .venv/bin/python bench/bench_patterns.py [--rounds 15]
Uses a fresh SQLite database in a temporary folder (one person per history length) and the
in-process test client. Rows are inserted directly, with emotion labels already set, so the
set-up does not wait for the emotion model. Prints the median of each measurement:
"service" is the report alone (queries and statistics), "page" is the full signed-in
request for /patterns (service and render), for the default 12 months and for everything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
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
from reconnect.journal.models import CheckIn, JournalEntry
from reconnect.patterns import factors, service
from reconnect.patterns.models import FactorSet

PASSWORD = "bench password 1"
HISTORIES = {"one month": 30, "ten years": 3650}
CSRF = re.compile(r'name="csrf-token" content="([^"]+)"')
EMOTIONS = ["joy", "sadness", "nervousness", "gratitude", "neutral", "annoyance", "relief"]


def _day(rng: random.Random, user: User, when: dt.datetime) -> tuple[CheckIn, FactorSet]:
    hours = rng.choice([5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9])
    people = rng.sample(factors.PEOPLE, rng.randint(0, 2))
    pleasant = round(rng.gauss(1.2 if hours >= 7 else -0.6, 1.6) + (0.8 * ("partner" in people)))
    checkin = CheckIn(
        user_id=user.id,
        pleasantness=max(-4, min(4, pleasant)),
        energy=max(-4, min(4, round(rng.gauss(0, 1.8)))),
        words=rng.sample(["calm", "tired", "content", "numb", "tense"], rng.randint(0, 2)),
        note="a few words" if rng.random() < 0.4 else None,
        detected_emotions=rng.sample(EMOTIONS, rng.randint(0, 2)),
        created_at=when,
    )
    chosen = FactorSet(
        user_id=user.id,
        sleep_hours=hours,
        sleep_quality=rng.choice(factors.SLEEP_QUALITY),
        movement=rng.choice(factors.MOVEMENT),
        people=people,
        places=rng.sample(factors.PLACES, rng.randint(0, 2)),
        activities=rng.sample(factors.ACTIVITIES, rng.randint(0, 3)),
        tags=rng.sample(["busy", "rain", "family visit", "deadline"], rng.randint(0, 1)),
    )
    return checkin, chosen


def _seed(db: Session, username: str, days: int) -> None:
    rng = random.Random(days)
    user = accounts_service.create_user(db=db, username=username, password=PASSWORD)
    start = dt.datetime.now(dt.UTC).replace(hour=8) - dt.timedelta(days=days)
    for day in range(days):
        when = start + dt.timedelta(days=day, hours=rng.randint(0, 13))
        checkin, chosen = _day(rng, user, when)
        db.add(checkin)
        db.flush()
        chosen.checkin_id = checkin.id
        db.add(chosen)
        if day % 3 == 0:
            entry = JournalEntry(
                user_id=user.id,
                entry_date=when.date(),
                body="An ordinary day, written down.",
                word_count=5,
                detected_emotions=rng.sample(EMOTIONS, rng.randint(0, 2)),
            )
            db.add(entry)
    db.flush()


def _signed_in(client: TestClient, username: str) -> TestClient:
    match = CSRF.search(client.get("/login").text)
    assert match
    form = {"username": username, "password": PASSWORD, "csrf_token": match.group(1)}
    response = client.post("/login", data=form, follow_redirects=False)
    assert response.status_code == 303, response.text
    return client


def _time_ms(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), DATABASE_URL=f"sqlite:///{folder}/bench.db")
        app = create_app(settings)
        upgrade_database(app.state.runtime.engine)
        sessions = app.state.runtime.sessions
        for db in session_scope(sessions):
            for index, days in enumerate(HISTORIES.values()):
                _seed(db, f"person{index}", days)
        today = dt.date.today()
        cases = []
        for index, label in enumerate(HISTORIES):
            client = _signed_in(TestClient(app), f"person{index}")
            for period in ("365", "all"):
                cases.append((label, index, period, client))
        # The first visit a new process serves (start-up warms SciPy and the templates in
        # the background while the people above are generated).
        first_visit = _time_ms(lambda: cases[0][3].get("/patterns"))
        results: dict[tuple[str, str], dict[str, list[float]]] = {}
        report_sizes = {}
        for round_number in range(rounds + 1):  # round 0 warms up (SciPy import, templates)
            for label, index, period, client in cases:  # interleaved, so load hits all alike
                with sessions() as db:
                    user = accounts_service.get_user_by_username(db=db, username=f"person{index}")
                    report = service.report(db=db, user=user, period=period, today=today)
                    service_ms = _time_ms(
                        lambda db=db, user=user, period=period: service.report(
                            db=db, user=user, period=period, today=today
                        )
                    )
                page_ms = _time_ms(
                    lambda client=client, period=period: client.get(f"/patterns?period={period}")
                )
                report_sizes[(label, period)] = (
                    report.checkins,
                    report.tests,
                    len(report.patterns),
                )
                if round_number:
                    times = results.setdefault((label, period), {"service": [], "page": []})
                    times["service"].append(service_ms)
                    times["page"].append(page_ms)
        print(f"SQLite, {rounds} interleaved rounds after a warm-up: median (best) ms")
        print(
            "| history | period | check-ins looked at | comparisons | patterns | service | page |"
        )
        print("|---|---|---|---|---|---|---|")
        for (label, period), times in results.items():
            checkins, tests, found = report_sizes[(label, period)]
            service_ms, page_ms = times["service"], times["page"]
            print(
                f"| {label} | {period} | {checkins} | {tests} | {found} "
                f"| {statistics.median(service_ms):.1f} ({min(service_ms):.1f}) "
                f"| {statistics.median(page_ms):.1f} ({min(page_ms):.1f}) |"
            )
        later = statistics.median(results[(next(iter(HISTORIES)), "365")]["page"])
        print(
            f"\nfirst visit to /patterns: {first_visit:.1f} ms ({first_visit / later:.2f}x later ones)"
        )
        print("ten years against one month, medians (target: at most 2x):")
        short, long = HISTORIES
        for period in ("365", "all"):
            for kind in ("service", "page"):
                ratio = statistics.median(results[(long, period)][kind]) / statistics.median(
                    results[(short, period)][kind]
                )
                print(f"  {period:>4} {kind:<8} {ratio:.2f}x")


if __name__ == "__main__":
    main()
