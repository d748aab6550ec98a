"""The journal numbers of the dashboard, summed in SQL, against the same numbers counted
row by row in Python from what was written: every range, every bucket size.

The page, the API and the PDF all draw from ``service.build_dashboard``, so equal numbers
and equal chart tables here mean they show the same thing.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
from collections import Counter
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, null, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.analysis import LABELS, markers
from reconnect.insights import sections, service
from reconnect.insights.periods import Period, between, bucket_of
from reconnect.journal import emotions
from reconnect.journal.models import CheckIn, JournalEntry
from reconnect.journal.service import Activity, MoodPoint
from reconnect.journal.vocabulary import BY_WORD
from tests.insights.data import TODAY

TEXTS = [
    "We walked by the river and talked about nothing much.",
    "I felt far away from everyone at dinner, as if behind glass.",
    "Work was relentless and I never had a moment to breathe.",
    "Our evening was quiet; we cooked, read and always laughed.",
    "Numb. Just numb, all day, every day.",
]
# Clocks either side of UTC: a check-in late in the evening west of Greenwich, or early in
# the morning east of it, falls on another day in the person's own zone (the day the
# dashboard counts it on).
ZONES = [dt.UTC, dt.timezone(dt.timedelta(hours=-8)), dt.timezone(dt.timedelta(hours=10))]
HOURS = [0, 1, 8, 12, 22, 23]
NO_VALUE = object()  # SQL NULL, as rows written before a column existed hold


@dataclass(frozen=True)
class Written:
    """One check-in or entry as written, with what the dashboard should read from it."""

    day: dt.date  # the person's own day for a check-in, the entry's own date for an entry
    sample: markers.Sample
    mood: tuple[int, int] | None = None  # a check-in's pleasantness and energy
    words: tuple[str, ...] = ()  # a check-in's chosen words
    shown: tuple[str, ...] = ()  # the correction if any, else the model's reading
    word_count: int = 0  # an entry's words


def _labels(rnd: random.Random) -> object:
    """An emotion reading as stored: a list (maybe empty or only neutral), JSON null, SQL
    NULL, or now and then a value that is not a list (an import only checks it is JSON),
    which the dashboard passes over."""
    roll = rnd.random()
    if roll < 0.1:
        return None
    if roll < 0.2:
        return NO_VALUE
    if roll < 0.3:
        return rnd.choice([[], ["neutral"], "joy"])
    return rnd.sample(LABELS, rnd.randint(1, 3))


def _json(value: object) -> object:
    return null() if value is NO_VALUE else value


def _shown(detected: object, corrected: object) -> tuple[str, ...]:
    for value in (corrected, detected):
        if isinstance(value, list):
            return tuple(value)
    return ()


def _checkin(db: Session, user: User, rnd: random.Random, day: dt.date) -> Written:
    zone = rnd.choice(ZONES)
    at = dt.datetime.combine(day, dt.time(rnd.choice(HOURS), rnd.randint(0, 59)), tzinfo=zone)
    note = rnd.choice(TEXTS) if rnd.random() < 0.5 else None
    words = rnd.sample(sorted(BY_WORD), rnd.randint(0, 3))
    detected = _labels(rnd) if note else rnd.choice([[], None])
    corrected = _labels(rnd) if rnd.random() < 0.3 else None
    checkin = CheckIn(
        user_id=user.id,
        pleasantness=rnd.randint(-4, 4),
        energy=rnd.randint(-4, 4),
        words=words,
        note=note,
        detected_emotions=_json(detected),
        corrected_emotions=_json(corrected),
        created_at=at,
    )
    if rnd.random() < 0.85:  # the rest keep NULL counts, like rows migration 0006 missed
        emotions.store_counts(checkin, note)
    db.add(checkin)
    shown = _shown(detected, corrected)
    local_day = at.astimezone(ZoneInfo(user.time_zone)).date()
    return Written(
        day=local_day,
        sample=markers.Sample(local_day, note or "", (*shown, *words)),
        mood=(checkin.pleasantness, checkin.energy),
        words=tuple(words),
        shown=shown,
    )


def _entry(db: Session, user: User, rnd: random.Random, day: dt.date) -> Written:
    body = " ".join(rnd.sample(TEXTS, rnd.randint(1, 3)))
    title = rnd.choice(["Sunday", "After work", None, None])
    detected, corrected = _labels(rnd), _labels(rnd) if rnd.random() < 0.3 else None
    entry = JournalEntry(
        user_id=user.id,
        entry_date=day,
        body=body,
        title=title,
        word_count=len(body.split()),
        detected_emotions=_json(detected),
        corrected_emotions=_json(corrected),
        tags=[],
    )
    if rnd.random() < 0.85:
        emotions.store_counts(entry, emotions.text_of(entry))
    db.add(entry)
    shown = _shown(detected, corrected)
    text = f"{title}. {body}" if title else body
    return Written(day, markers.Sample(day, text, shown), shown=shown, word_count=len(body.split()))


def _history(db: Session, user: User, seed: int) -> list[Written]:
    """About 26 months of check-ins and entries on some days, with a gap of two months."""
    rnd, written = random.Random(seed), []
    for n in range(800):
        day = TODAY - dt.timedelta(days=n)
        if 300 <= n < 365 or rnd.random() < 0.35:
            continue
        for _ in range(rnd.choice([0, 1, 1, 2])):
            written.append(_checkin(db, user, rnd, day))
        for _ in range(rnd.choice([0, 1, 1, 2])):
            written.append(_entry(db, user, rnd, day))
    db.flush()
    return written


def _top(counts: Counter[str], leave_out: frozenset[str] = frozenset()) -> list[tuple[str, int]]:
    found = [(label, n) for label, n in counts.items() if label not in leave_out]
    return sorted(found, key=lambda pair: (-pair[1], pair[0]))[: service.TOP_WORDS]


@dataclass
class Expected:
    """The dashboard's journal numbers for a period, counted row by row."""

    activity: Activity
    mood: list[MoodPoint]
    markers: sections.MarkerRows
    chosen: list[tuple[str, int]]
    detected: list[tuple[str, int]]


def _expected(written: list[Written], period: Period) -> Expected:
    rows = [w for w in written if period.contains(w.day)]
    checkins = [w for w in rows if w.mood is not None]
    by_bucket: dict[dt.date, list[tuple[int, int]]] = {}
    for w in checkins:
        assert w.mood is not None
        by_bucket.setdefault(bucket_of(w.day, period.bucket), []).append(w.mood)
    mood = [
        MoodPoint(
            day,
            statistics.fmean(p for p, _ in moods),
            statistics.fmean(e for _, e in moods),
            len(moods),
        )
        for day, moods in sorted(by_bucket.items())
    ]
    entries = [w for w in rows if w.mood is None]
    return Expected(
        activity=Activity(
            checkins=len(checkins),
            checkin_days=len({w.day for w in checkins}),
            entries=len(entries),
            words_written=sum(w.word_count for w in entries),
        ),
        mood=mood,
        markers=sections.marker_rows(sections.sample_tallies([w.sample for w in rows], period)),
        chosen=_top(Counter(word for w in checkins for word in w.words)),
        detected=_top(Counter(label for w in rows for label in w.shown), service.NEUTRAL),
    )


def _periods(db: Session, user: User) -> list[Period]:
    named = [
        service.period_named(db=db, user=user, name=name, today=TODAY)
        for name in ("month", "quarter", "year", "all")
    ]
    report = [  # custom report ranges that start mid-week and mid-month, across the gap
        between(TODAY - dt.timedelta(days=200), TODAY - dt.timedelta(days=20)),
        between(TODAY - dt.timedelta(days=700), TODAY - dt.timedelta(days=90)),
    ]
    return named + report


def _assert_markers_equal(found: sections.MarkerRows, wanted: sections.MarkerRows) -> None:
    assert [day for day, _ in found] == [day for day, _ in wanted]
    for (day, got), (_, want) in zip(found, wanted, strict=True):
        assert (got.samples, got.emotion_variety) == (want.samples, want.emotion_variety), day
        for name in (
            "emodiversity",
            "no_emotion_share",
            "absolutist_per_100_words",
            "we_share",
            "we_per_100_words",
            "i_per_100_words",
        ):
            value, expected = getattr(got, name), getattr(want, name)
            assert value == (expected if expected is None else pytest.approx(expected)), name


def test_the_dashboards_journal_numbers_equal_those_counted_row_by_row(
    db: Session, alice: User, bob: User
) -> None:
    written = _history(db, alice, seed=11)
    _history(db, bob, seed=12)  # someone else's rows never count
    stored_nulls = db.scalar(
        select(func.count()).where(
            JournalEntry.user_id == alice.id, JournalEntry.corrected_emotions.is_(None)
        )
    )
    assert 0 < (stored_nulls or 0) < sum(1 for w in written if w.mood is None)

    periods = _periods(db, alice)
    assert {p.bucket for p in periods} == {"day", "week", "month"}
    for period in periods:
        board = service.build_dashboard(db=db, user=alice, period=period, today=TODAY)
        wanted = _expected(written, period)
        assert board.activity == wanted.activity, period
        assert [(p.day, p.checkins) for p in board.mood_points] == [
            (p.day, p.checkins) for p in wanted.mood
        ], period
        for got, want in zip(board.mood_points, wanted.mood, strict=True):
            assert (got.pleasantness, got.energy) == pytest.approx(
                (want.pleasantness, want.energy), rel=1e-12
            )
        assert board.chosen_words == wanted.chosen, period
        assert board.detected_emotions == wanted.detected, period
        _assert_markers_equal(board.markers, wanted.markers)

        # What the page, the API and the PDF show: the very same chart tables.
        assert board.charts["mood"].table == sections.mood_chart(wanted.mood, period).table
        assert [c.table for c in board.marker_charts] == [
            c.table for c in sections.marker_charts(wanted.markers, period)
        ]
