"""Server mode under load: many people with a year of data each, a mixed load, 1 and 2 workers.

Run from the repository root:
    .venv/bin/python bench/bench_load.py                       # 2,000 people, 30 s per run
    .venv/bin/python bench/bench_load.py --users 1000 --duration 45 --concurrency 1 10

What it does:
1. starts a throwaway PostgreSQL (like the tests, but with fsync on) on loopback;
2. seeds --users people, each with --days days of data (a check-in every day, a journal
   entry every other day, a practice logged every third day, three questionnaires a
   month), and pairs half of them (--coupled) into couples with a relationship check-in
   every week, both answers written and revealed; all with direct bulk inserts. Every
   person gets the same password hash, made once with the production argon2id cost:
   hashing once keeps seeding fast while sign-in still pays the real cost. Free text is
   encrypted as the app does it; analysis results are copied from a few texts analysed
   once;
3. for each --workers count, starts `reconnect serve --workers N` in server mode and drives
   a mixed load (SCENARIOS below) from --concurrency virtual people (every other one has a
   partner) for --duration seconds (after a short warm-up) with httpx on loopback, then
   prints throughput, p50/p99 latency and errors per action as a Markdown table
   (docs/benchmarks.md, "Server under load"). Each virtual person does every action once
   before the weighted mix, so even a tiny run covers them all.

Everything stays on 127.0.0.1, every loop is bounded by time (past that first round of
every action), and the database is deleted at the end. The load generator shares the
machine with the server, so on a small machine the figures are a floor, not a ceiling.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import re
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from argon2 import PasswordHasher
from sqlalchemy import Connection, insert

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.pg_server and tests.security.live_server

from tests.pg_server import PostgresServer  # noqa: E402
from tests.security.live_server import ServeProcess  # noqa: E402

from reconnect import analysis  # noqa: E402
from reconnect.accounts.models import User  # noqa: E402
from reconnect.assess import scoring  # noqa: E402
from reconnect.assess.instruments import catalogue  # noqa: E402
from reconnect.assess.models import AssessmentResult  # noqa: E402
from reconnect.bootstrap import upgrade_database  # noqa: E402
from reconnect.core.crypto import Keyring  # noqa: E402
from reconnect.db import make_engine, set_keyring  # noqa: E402
from reconnect.journal.models import CheckIn, JournalEntry  # noqa: E402
from reconnect.plan.catalogue import PRACTICES  # noqa: E402
from reconnect.plan.models import PracticeLog  # noqa: E402
from reconnect.together.models import (  # noqa: E402
    CheckinAnswer,
    CheckinReply,
    CheckinRound,
    PartnerLink,
)

PASSWORD = "a long enough passphrase"
CSRF_META = re.compile(r'name="csrf-token" content="([^"]+)"')
ROUND_LINK = re.compile(r'href="(/together/checkins/\d+)"')
TEXTS = [
    "Felt far away from everyone at dinner tonight, as if I was watching through glass.",
    "We walked by the river and for a moment I felt close to her again.",
    "Work was relentless. I snapped at my partner and then felt guilty about it all evening.",
    "Quiet day. Read in the garden, called my sister, nothing much to report.",
    "I keep saying I'm fine, but I'm not sure I feel much of anything lately.",
    "Laughed properly for the first time in weeks at a silly film.",
    "Anxious about the appointment tomorrow; wrote down what I want to say.",
    "Tired and flat. Went to bed early.",
]
WORDS = ["calm", "tired", "hopeful", "content", "restless", "lonely", "grateful", "numb"]
ANSWER = {  # one partner's check-in answer (free text encrypted as the app does it)
    "feeling_note": "A bit stretched this week, but lighter since the weekend.",
    "appreciation": "You made tea without asking when I came home late.",
    "need": "Ten quiet minutes together after work, phones away.",
    "vulnerable_share": "I worry that I have been hard to reach lately.",
    "together_wish": "A long walk on Sunday morning.",
}
INSTRUMENTS = ("phq9", "gad7", "who5")  # taken once a month each


# ---------------------------------------------------------------- seeding


def _analysed(texts: list[str]) -> list[dict[str, object]]:
    """The analysis columns for a few texts, computed once and reused for every row."""
    results = analysis.classify(texts)
    version = analysis.model_version()
    return [
        {
            "detected_emotions": r.labels,
            "emotion_scores": r.scores,
            "analysis_version": version,
            "safety_level": "none",
        }
        for r in results
    ]


def _questionnaires(
    rng: random.Random, per_instrument: int = 6
) -> dict[str, list[dict[str, object]]]:
    """Scored answer sets for the monthly questionnaires, made once and reused for every
    row (risk items answered 0, so no row needs the safety follow-up)."""
    sets: dict[str, list[dict[str, object]]] = {}
    for slug in INSTRUMENTS:
        instrument = catalogue()[slug]
        sets[slug] = []
        for _ in range(per_instrument):
            answers = scoring.check_complete(
                instrument,
                {
                    item.id: 0
                    if item.risk
                    else rng.choice([o.value for o in instrument.options_for(item)])
                    for item in instrument.items
                },
            )
            scored = scoring.score(instrument, answers)
            sets[slug].append(
                {
                    "instrument": slug,
                    "answers": answers,
                    "total": scored.total,
                    "max_total": scored.max_total,
                    "band": scored.band,
                    "at_referral": scored.at_referral,
                    "subscales": scored.subscales,
                    "safety_level": "none",
                }
            )
    return sets


Rows = dict[type, list[dict[str, object]]]


def _add_person(
    rows: Rows,
    user_id: int,
    *,
    days: int,
    now: dt.datetime,
    rng: random.Random,
    looks: list[dict[str, object]],
    questionnaires: dict[str, list[dict[str, object]]],
) -> None:
    """One person's period: check-ins, journal entries, practice logs and questionnaires."""
    for day in range(days):
        at = now - dt.timedelta(days=days - day, hours=rng.randint(0, 12))
        pick = rng.randrange(len(TEXTS))
        rows[CheckIn].append(
            {
                "user_id": user_id,
                "pleasantness": rng.randint(-4, 4),
                "energy": rng.randint(-4, 4),
                "words": rng.sample(WORDS, 2),
                "note": TEXTS[pick] if day % 3 == 0 else None,
                "created_at": at,
                **looks[pick],
            }
        )
        if day % 2 == 0:
            rows[JournalEntry].append(
                {
                    "user_id": user_id,
                    "entry_date": at.date(),
                    "title": None,
                    "body": TEXTS[pick],
                    "word_count": len(TEXTS[pick].split()),
                    "updated_at": at,
                    "created_at": at,
                    **looks[pick],
                }
            )
        if day % 3 == 1:
            practice = rng.choice(PRACTICES)
            rows[PracticeLog].append(
                {
                    "user_id": user_id,
                    "practice": practice.slug,
                    "strategy": practice.strategy,
                    "done_on": at.date(),
                    "rating": rng.randint(1, 5),
                    "note": TEXTS[pick] if day % 9 == 1 else None,
                    "answers": None,
                    "safety_level": "none",
                    "created_at": at,
                }
            )
        if day % 30 == 2:
            for sets in questionnaires.values():
                rows[AssessmentResult].append(
                    {"user_id": user_id, "taken_at": at, **rng.choice(sets)}
                )


def _add_couples(
    conn: Connection, pairs: list[tuple[int, int]], *, days: int, now: dt.datetime
) -> int:
    """Link each pair, with a revealed relationship check-in every week of the period (both
    answers, and a reply under every fourth); returns the number of rows written."""
    if not pairs:
        return 0
    start = now - dt.timedelta(days=days)
    link_rows = [
        {
            "first_id": first,
            "second_id": second,
            "weekday": start.weekday(),
            "time_of_day": "19:00",
            "every_weeks": 1,
            "schedule_from": start.date(),
            "created_at": start,
        }
        for first, second in pairs
    ]
    returning = insert(PartnerLink).returning(PartnerLink.id, sort_by_parameter_order=True)
    links = list(conn.execute(returning, link_rows).scalars())
    rounds: list[dict[str, object]] = []
    people: list[tuple[int, int]] = []
    for link_id, pair in zip(links, pairs, strict=True):
        for week in range(max(1, days // 7)):
            opened = start + dt.timedelta(weeks=week, hours=19)
            rounds.append(
                {
                    "link_id": link_id,
                    "opened_on": opened.date(),
                    "revealed_at": opened + dt.timedelta(hours=2),
                    "created_at": opened,
                }
            )
            people.append(pair)
    returning = insert(CheckinRound).returning(CheckinRound.id, sort_by_parameter_order=True)
    round_ids = list(conn.execute(returning, rounds).scalars())
    answers: list[dict[str, object]] = []
    replies: list[dict[str, object]] = []
    for round_id, row, pair in zip(round_ids, rounds, people, strict=True):
        at = row["created_at"]
        assert isinstance(at, dt.datetime)
        for n, user_id in enumerate(pair):
            answers.append(
                {
                    "round_id": round_id,
                    "user_id": user_id,
                    "feeling_words": WORDS[n::4],
                    **ANSWER,
                    "ladder_step": 1 + n,
                    "safety_level": "none",
                    "created_at": at + dt.timedelta(hours=n),
                }
            )
        if round_id % 4 == 0:
            replies.append(
                {
                    "round_id": round_id,
                    "user_id": pair[0],
                    "body": "Thank you for telling me. Sunday it is.",
                    "safety_level": "none",
                    "created_at": at + dt.timedelta(hours=3),
                }
            )
    conn.execute(insert(CheckinAnswer), answers)
    if replies:
        conn.execute(insert(CheckinReply), replies)
    return len(links) + len(rounds) + len(answers) + len(replies)


def couples_of(users: int, coupled: float) -> int:
    """How many couples: people 0 and 1 are the first, 2 and 3 the second, and so on."""
    return int(users * coupled) // 2


def seed(url: str, *, users: int, days: int, coupled: float, batch: int = 20_000) -> int:
    """Bulk-insert people and their history; returns the number of rows written."""
    engine = make_engine(url)
    upgrade_database(engine)
    password_hash = PasswordHasher().hash(PASSWORD)  # production cost, hashed once
    looks = _analysed(TEXTS)
    rng = random.Random(7)
    questionnaires = _questionnaires(rng)
    now = dt.datetime.now(dt.UTC)
    with engine.begin() as conn:
        conn.execute(
            insert(User),
            [
                {
                    "username": f"person{n:05d}",
                    "display_name": f"Person {n}",
                    "password_hash": password_hash,
                    "country": "GB",
                    "is_admin": False,
                    "failed_logins": 0,
                    "created_at": now - dt.timedelta(days=days + 1),
                }
                for n in range(users)
            ],
        )
    written = users
    rows: Rows = {CheckIn: [], JournalEntry: [], PracticeLog: [], AssessmentResult: []}

    def flush() -> None:
        nonlocal written
        with engine.begin() as conn:
            for model, values in rows.items():
                if values:
                    conn.execute(insert(model), values)
                    written += len(values)
                    values.clear()

    for user_id in range(1, users + 1):  # a fresh database: ids follow the usernames
        _add_person(
            rows, user_id, days=days, now=now, rng=rng, looks=looks, questionnaires=questionnaires
        )
        if sum(len(values) for values in rows.values()) >= batch:
            flush()
    flush()
    pairs = [(2 * n + 1, 2 * n + 2) for n in range(couples_of(users, coupled))]
    for first in range(0, len(pairs), 200):
        with engine.begin() as conn:
            written += _add_couples(conn, pairs[first : first + 200], days=days, now=now)
    engine.dispose()
    return written


# ---------------------------------------------------------------- the load


@dataclass
class Person:
    """One virtual person: an httpx client, their cookies (handled here: the app's cookies
    are Secure in server mode and the load runs over plain HTTP on loopback) and token."""

    client: httpx.AsyncClient
    username: str
    address: str
    coupled: bool = False
    cookies: dict[str, str] = field(default_factory=dict)
    csrf: str = ""

    async def request(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        headers = {
            "cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            "x-forwarded-for": self.address,  # as the reverse proxy would pass it on
            "x-forwarded-proto": "https",
        }
        response = await self.client.request(method, path, headers=headers, **kwargs)  # type: ignore[arg-type]
        for line in response.headers.get_list("set-cookie"):
            name, _, rest = line.partition("=")
            value = rest.split(";", 1)[0]
            if "max-age=0" in line.lower() or "expires=thu, 01 jan 1970" in line.lower():
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        match = (
            CSRF_META.search(response.text)
            if "html" in response.headers.get("content-type", "")
            else None
        )
        if match:
            self.csrf = match.group(1)
        return response


class Unexpected(Exception):
    """A response that is not what a working app answers."""


def expect(response: httpx.Response, status: int, *, not_to: str = "") -> None:
    """Raise unless the response has this status (and, for redirects, not that target)."""
    if response.status_code != status:
        raise Unexpected(
            f"{response.request.method} {response.request.url.path}: {response.status_code}"
        )
    if not_to and response.headers.get("location", "").startswith(not_to):
        raise Unexpected(f"{response.request.url.path} redirected to {not_to}")


def _address(rng: random.Random) -> str:
    """A client address from the documentation ranges (only ever sent as a header)."""
    return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(1, 254)}"


async def sign_in(person: Person) -> str | None:
    """Sign out if needed, open the sign-in page, sign in (from a new address each time, as
    many people behind the proxy would: one address is throttled after 20 a minute)."""
    if "rc_session" in person.cookies:
        await person.request("POST", "/logout", data={"csrf_token": person.csrf})
    person.address = _address(random.Random())
    expect(await person.request("GET", "/login"), 200)
    form = {"username": person.username, "password": PASSWORD, "csrf_token": person.csrf}
    expect(await person.request("POST", "/login", data=form), 303, not_to="/login")
    return None


Action = Callable[[Person], Awaitable[str | None]]  # returns another name to count it under


def page(path: str) -> Action:
    """An action that opens a signed-in page."""

    async def run(person: Person) -> None:
        expect(await person.request("GET", path), 200)

    return run


def form(path: str, fields: Callable[[], dict[str, object]]) -> Action:
    """An action that sends a signed-in form and expects the redirect after saving."""

    async def run(person: Person) -> None:
        data = {**fields(), "csrf_token": person.csrf}
        expect(await person.request("POST", path, data=data), 303, not_to="/login")

    return run


def _checkin() -> dict[str, object]:
    return {
        "pleasantness": random.randint(-4, 4),
        "energy": random.randint(-4, 4),
        "words": random.sample(WORDS, 2),
        "note": random.choice(TEXTS),
    }


def _entry() -> dict[str, object]:
    return {"body": " ".join(random.sample(TEXTS, 2)), "title": "Evening"}


async def checkin_reveal(person: Person) -> str | None:
    """A partner opens the couple's check-ins, then the newest one, revealed, with both
    answers; someone without a partner opens the together page instead (counted apart)."""
    if not person.coupled:
        expect(await person.request("GET", "/together"), 200)
        return "together, no partner"
    history = await person.request("GET", "/together/checkins")
    expect(history, 200)
    newest = ROUND_LINK.search(history.text)
    if newest is None:
        raise Unexpected("GET /together/checkins: no check-in listed")
    revealed = await person.request("GET", newest.group(1))
    expect(revealed, 200)
    if revealed.text.count(ANSWER["need"]) < 2:
        raise Unexpected(f"GET {newest.group(1)}: both answers are not shown")
    return None


@dataclass(frozen=True)
class Scenario:
    """One kind of action in the mix, and how often it is picked."""

    name: str
    weight: int
    run: Action


# The mix (weights are percentages). A new page is one more line.
SCENARIOS = [
    Scenario("sign-in", 5, sign_in),  # first: people who are signed out start here
    Scenario("check-in", 15, form("/checkin", _checkin)),
    Scenario("journal write + analysis", 15, form("/journal", _entry)),
    Scenario("journal list", 20, page("/journal")),
    Scenario("today", 25, page("/")),
    Scenario("dashboard (month)", 10, page("/insights")),
    Scenario("dashboard (year)", 3, page("/insights?range=year")),
    Scenario("check-in reveal", 7, checkin_reveal),
]


@dataclass
class Tally:
    """Latencies and errors per action."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)

    def add(self, name: str, seconds: float, error: str | None) -> None:
        self.latencies.setdefault(name, []).append(seconds)
        if error:
            self.errors[name] = self.errors.get(name, 0) + 1
            if len(self.examples) < 5:
                self.examples.append(f"{name}: {error}")


def _who(rng: random.Random, n: int, users: int, couples: int) -> int:
    """Which seeded person virtual person ``n`` is: every other one has a partner."""
    coupled = 2 * couples
    if coupled and (n % 2 == 0 or coupled == users):
        return rng.randrange(coupled)
    return rng.randrange(coupled, users)


async def _virtual_person(
    url: str, n: int, who: int, coupled: bool, warm_until: float, end: float, tally: Tally
) -> None:
    rng = random.Random(n)
    limits = httpx.Limits(max_connections=1)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        person = Person(client, f"person{who:05d}", _address(rng), coupled=coupled)
        weights = [s.weight for s in SCENARIOS]
        # Every action once first, even past the end, so that a tiny run covers them all.
        tour = list(SCENARIOS)
        while tour or time.monotonic() < end:
            signed_in = "rc_session" in person.cookies
            if not signed_in:
                scenario = SCENARIOS[0]
            elif tour:
                scenario = tour.pop(0)
            else:
                scenario = rng.choices(SCENARIOS, weights)[0]
            started = time.monotonic()
            name, error = scenario.name, None
            try:
                name = await scenario.run(person) or name
            except (Unexpected, httpx.HTTPError) as exc:
                error = str(exc) or type(exc).__name__
            if started >= warm_until:
                tally.add(name, time.monotonic() - started, error)


async def drive(
    url: str, *, users: int, couples: int, concurrency: int, duration: float, warmup: float
) -> Tally:
    """Run the mix from ``concurrency`` virtual people; only time after the warm-up counts."""
    tally = Tally()
    start = time.monotonic()
    warm_until, end = start + warmup, start + warmup + duration
    people = []
    for n in range(concurrency):
        who = _who(random.Random(-1 - n), n, users, couples)
        people.append(_virtual_person(url, n, who, who < 2 * couples, warm_until, end, tally))
    await asyncio.gather(*people)
    return tally


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(run: str, tally: Tally, duration: float) -> list[str]:
    """Markdown rows: one per action, then the total."""
    rows = []
    every: list[float] = []
    names = [s.name for s in SCENARIOS]
    names += sorted(set(tally.latencies) - set(names))
    for name in names:
        values = tally.latencies.get(name, [])
        every += values
        if not values:
            continue
        rows.append(
            f"| {run} | {name} | {len(values)} | {len(values) / duration:.1f} | "
            f"{statistics.median(values) * 1000:.0f} | {_ms(values, 0.99):.0f} | "
            f"{tally.errors.get(name, 0)} |"
        )
    rows.append(
        f"| {run} | **all** | {len(every)} | {len(every) / duration:.1f} | "
        f"{statistics.median(every) * 1000:.0f} | {_ms(every, 0.99):.0f} | "
        f"{sum(tally.errors.values())} |"
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds measured per run")
    parser.add_argument("--warmup", type=float, default=5.0)
    parser.add_argument(
        "--concurrency", type=int, nargs="+", default=[16], help="virtual people at once"
    )
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--coupled", type=float, default=0.5, help="share of the people who are in a couple"
    )
    args = parser.parse_args()

    keyring = Keyring.generate()
    set_keyring(keyring)
    pg = PostgresServer(fsync=True)
    pg.start()
    folder = Path(tempfile.mkdtemp(prefix="reconnect-load-"))
    try:
        url = pg.create_database("load")
        started = time.monotonic()
        rows = seed(url, users=args.users, days=args.days, coupled=args.coupled)
        couples = couples_of(args.users, args.coupled)
        print(
            f"seeded {args.users} people ({2 * couples} in couples), {rows:,} rows"
            f" in {time.monotonic() - started:.0f} s"
        )
        table = [
            "| workers | people at once | action | actions | per second | p50 ms | p99 ms "
            "| errors |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for workers in args.workers:
            server = ServeProcess(
                {
                    "RECONNECT_MODE": "server",
                    "RECONNECT_DATA_DIR": str(folder / "data"),
                    "DATABASE_URL": url,
                    "RECONNECT_SECRET_KEY": secrets.token_urlsafe(48),
                    "RECONNECT_ENCRYPTION_KEY": keyring.to_text(),
                    "RECONNECT_TRUSTED_HOSTS": "127.0.0.1",
                    "RECONNECT_FORWARDED_ALLOW_IPS": "127.0.0.1",
                },
                folder / f"serve-{workers}.log",
                workers=workers,
            )
            server.start()
            try:
                for concurrency in args.concurrency:
                    tally = asyncio.run(
                        drive(
                            server.url,
                            users=args.users,
                            couples=couples,
                            concurrency=concurrency,
                            duration=args.duration,
                            warmup=args.warmup,
                        )
                    )
                    table += report(f"{workers} | {concurrency}", tally, args.duration)
                    for example in tally.examples:
                        print(f"  error ({workers} workers, {concurrency} at once): {example}")
            finally:
                server.stop()
        print("\n".join(table))
    finally:
        pg.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
