"""Aggregates over a person's check-ins and entries, computed in SQL per day, week or month.

The insights dashboard and report read these through ``journal.service``. Each query is
bounded by the owner's index and a date range, so its cost follows the range asked for,
not the length of the person's history. Days are the person's own days, in their time
zone (``User.time_zone``): a check-in at 23:30 in Auckland counts for that evening there.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    Select,
    and_,
    case,
    cast,
    distinct,
    exists,
    func,
    literal,
    not_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from reconnect.accounts.models import User
from reconnect.analysis import markers
from reconnect.core import dates
from reconnect.journal.models import CheckIn, JournalEntry

STREAK_LOOKBACK_DAYS = 400


@dataclass(frozen=True)
class MoodPoint:
    """Average pleasantness and energy of the check-ins in one day, week or month."""

    day: dt.date
    pleasantness: float
    energy: float
    checkins: int


@dataclass(frozen=True)
class Activity:
    """How much a person recorded in a range."""

    checkins: int
    checkin_days: int
    entries: int
    words_written: int


def _dialect(db: Session) -> str:
    return db.get_bind().dialect.name


def _bucket(db: Session, column: Any, bucket: str) -> ColumnElement[Any]:
    """The first day of the bucket a timestamp or date falls in, as a SQL expression."""
    if _dialect(db) == "postgresql":
        if bucket == "day":
            return cast(column, Date)
        # As a timestamp without time zone: a date would otherwise pass through timestamptz,
        # a time zone conversion per row for the same result.
        return cast(func.date_trunc(bucket, cast(column, DateTime)), Date)
    modifiers = {"day": (), "week": ("weekday 0", "-6 days"), "month": ("start of month",)}
    return func.date(column, *modifiers[bucket])


def _aware(value: Any) -> dt.datetime:
    """A stored time from an aggregate (which skips the column type: naive UTC, or SQLite
    text) as an aware UTC time."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def as_date(value: Any) -> dt.date:
    """A date from what the database returns (SQLite gives text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _checkin_time(db: Session, user: User) -> Any:
    """When a check-in was made, as the wall-clock time in the person's zone (stored UTC)."""
    zone = user.time_zone or dates.UTC_NAME
    if zone == dates.UTC_NAME:
        return CheckIn.created_at
    if _dialect(db) == "postgresql":
        return func.timezone(zone, func.timezone(dates.UTC_NAME, CheckIn.created_at))
    return func.local_time(CheckIn.created_at, zone)  # registered by reconnect.db


def _bounds(user: User, start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The first moment of ``start`` and of the day after ``end``, in the person's zone."""
    after = end + dt.timedelta(days=1)
    return dates.day_start(start, user.time_zone), dates.day_start(after, user.time_zone)


def _checkins_in(user: User, start: dt.date, end: dt.date) -> list[ColumnElement[bool]]:
    first, after = _bounds(user, start, end)
    return [CheckIn.user_id == user.id, CheckIn.created_at >= first, CheckIn.created_at < after]


def _entries_in(user: User, start: dt.date, end: dt.date) -> list[ColumnElement[bool]]:
    return [
        JournalEntry.user_id == user.id,
        JournalEntry.entry_date >= start,
        JournalEntry.entry_date <= end,
    ]


def first_day(*, db: Session, user: User) -> dt.date | None:
    """The day of the person's first check-in or entry, if any."""
    days = _ends(db, user, func.min)
    return min(days) if days else None


def last_day(*, db: Session, user: User) -> dt.date | None:
    """The day of the person's latest check-in or entry, if any."""
    days = _ends(db, user, func.max)
    return max(days) if days else None


def _ends(db: Session, user: User, pick: Any) -> list[dt.date]:
    checkin = db.scalar(select(pick(CheckIn.created_at)).where(CheckIn.user_id == user.id))
    if checkin is not None:
        checkin = dates.local_date(_aware(checkin), user.time_zone)
    entry = db.scalar(select(pick(JournalEntry.entry_date)).where(JournalEntry.user_id == user.id))
    return [as_date(d) for d in (checkin, entry) if d is not None]


def mood_by_bucket(
    *, db: Session, user: User, start: dt.date, end: dt.date, bucket: str
) -> list[MoodPoint]:
    """Average pleasantness and energy per day, week or month, oldest first."""
    day = _bucket(db, _checkin_time(db, user), bucket).label("day")
    query = (
        select(day, func.avg(CheckIn.pleasantness), func.avg(CheckIn.energy), func.count())
        .where(*_checkins_in(user, start, end))
        .group_by(day)
        .order_by(day)
    )
    return [MoodPoint(as_date(d), float(p), float(e), int(n)) for d, p, e, n in db.execute(query)]


def activity(*, db: Session, user: User, start: dt.date, end: dt.date) -> Activity:
    """Counts of check-ins, days with a check-in, entries and words written in a range."""
    day = _bucket(db, _checkin_time(db, user), "day")
    checkins, days = db.execute(
        select(func.count(), func.count(distinct(day))).where(*_checkins_in(user, start, end))
    ).one()
    entries, words = db.execute(
        select(func.count(), func.coalesce(func.sum(JournalEntry.word_count), 0)).where(
            *_entries_in(user, start, end)
        )
    ).one()
    return Activity(int(checkins), int(days), int(entries), int(words))


def activity_by_bucket(
    *, db: Session, user: User, start: dt.date, end: dt.date, bucket: str
) -> dict[dt.date, Activity]:
    """``activity`` per day, week or month (buckets with nothing recorded are left out)."""
    found: dict[dt.date, list[int]] = {}
    checkin_bucket = _bucket(db, _checkin_time(db, user), bucket).label("bucket")
    day = _bucket(db, _checkin_time(db, user), "day")
    query = (
        select(checkin_bucket, func.count(), func.count(distinct(day)))
        .where(*_checkins_in(user, start, end))
        .group_by(checkin_bucket)
    )
    for b, checkins, days in db.execute(query):
        found.setdefault(as_date(b), [0, 0, 0, 0])[0:2] = [int(checkins), int(days)]
    entry_bucket = _bucket(db, JournalEntry.entry_date, bucket).label("bucket")
    query = (
        select(entry_bucket, func.count(), func.coalesce(func.sum(JournalEntry.word_count), 0))
        .where(*_entries_in(user, start, end))
        .group_by(entry_bucket)
    )
    for b, entries, words in db.execute(query):
        found.setdefault(as_date(b), [0, 0, 0, 0])[2:4] = [int(entries), int(words)]
    return {b: Activity(*values) for b, values in found.items()}


def _json_values(db: Session, array: ColumnElement[Any]) -> Any:
    """A table-valued expansion of a JSON array, one ``value`` row per element."""
    if _dialect(db) == "postgresql":
        expanded = func.json_array_elements_text(array).table_valued("value")
        return expanded.render_derived()
    return func.json_each(array).table_valued("value")


def _array_or_empty(db: Session, *columns: Any) -> ColumnElement[Any]:
    """The first of the JSON columns that holds an array (a correction may be JSON null)."""
    if _dialect(db) == "postgresql":
        whens = [(func.json_typeof(c) == "array", c) for c in columns]
        return case(*whens, else_=func.json_build_array())
    return case(*[(func.json_type(c) == "array", c) for c in columns], else_=literal("[]"))


def _count_values(db: Session, source: Select[Any], limit: int) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter({str(v): int(n) for v, n in db.execute(source) if v})
    return counts.most_common(limit)


def chosen_word_counts(
    *, db: Session, user: User, start: dt.date, end: dt.date, limit: int = 12
) -> list[tuple[str, int]]:
    """The words chosen at check-ins in a range, most often first."""
    values = _json_values(db, _array_or_empty(db, CheckIn.words))
    query = (
        select(values.c.value, func.count())
        .select_from(CheckIn)
        .join(values, literal(True))
        .where(*_checkins_in(user, start, end))
        .group_by(values.c.value)
    )
    return _count_values(db, query, limit)


def detected_emotion_counts(
    *, db: Session, user: User, start: dt.date, end: dt.date, limit: int = 12
) -> list[tuple[str, int]]:
    """Emotions found in entries and check-in notes in a range (the person's corrections
    win over the model's reading), most often first; 'neutral' is left out."""
    totals: Counter[str] = Counter()
    for model, where in (
        (JournalEntry, _entries_in(user, start, end)),
        (CheckIn, _checkins_in(user, start, end)),
    ):
        shown = _array_or_empty(db, model.corrected_emotions, model.detected_emotions)
        values = _json_values(db, shown)
        query = (
            select(values.c.value, func.count())
            .select_from(model)
            .join(values, literal(True))
            .where(*where)
            .group_by(values.c.value)
        )
        totals.update(dict(_count_values(db, query, limit=10_000)))
    del totals["neutral"]
    return totals.most_common(limit)


def checkin_streak(*, db: Session, user: User, today: dt.date) -> int:
    """Days in a row, up to today (or yesterday, if today has none yet), with a check-in."""
    day = _bucket(db, _checkin_time(db, user), "day").label("day")
    since = today - dt.timedelta(days=STREAK_LOOKBACK_DAYS)
    query = select(day).where(*_checkins_in(user, since, today)).distinct().order_by(day.desc())
    days = [as_date(d) for d in db.scalars(query)]
    expected = today if days and days[0] == today else today - dt.timedelta(days=1)
    streak = 0
    for d in days:
        if d != expected:
            break
        streak += 1
        expected -= dt.timedelta(days=1)
    return streak


def _names_an_emotion(db: Session, array: ColumnElement[Any]) -> ColumnElement[bool]:
    """Whether a JSON array holds anything but 'neutral' (stops at the first such element)."""
    values = _json_values(db, array)
    return exists().select_from(values).where(values.c.value.not_in(markers.NO_EMOTION))


def _emotion_arrays(db: Session, model: type[CheckIn] | type[JournalEntry]) -> list[Any]:
    """The JSON arrays whose elements are a text's emotions: the person's correction or the
    model's reading, and for check-ins the words chosen too."""
    shown = _shown_array(db, model)
    return [shown, _array_or_empty(db, CheckIn.words)] if model is CheckIn else [shown]


def _as_int(value: Any) -> int:
    return int(value or 0)


@dataclass(frozen=True)
class BucketLabels:
    """Emotion labels per bucket: those shown for entries and check-in notes (the person's
    correction, else the model's reading) and the words chosen at check-ins."""

    shown: dict[dt.date, Counter[str]]
    chosen: dict[dt.date, Counter[str]]

    def top(
        self, which: str, limit: int, leave_out: frozenset[str] = frozenset()
    ) -> list[tuple[str, int]]:
        """The most frequent labels over all buckets, most often first (ties by name)."""
        total: Counter[str] = Counter()
        for counts in getattr(self, which).values():
            total.update(counts)
        found = [(label, n) for label, n in total.items() if label and label not in leave_out]
        return sorted(found, key=lambda pair: (-pair[1], pair[0]))[:limit]


def labels_by_bucket(
    *, db: Session, user: User, start: dt.date, end: dt.date, bucket: str
) -> BucketLabels:
    """How often each label was shown or chosen per day, week or month (one pass over each
    stored JSON array, no text decrypted)."""
    days: dict[Any, dt.date] = {}  # SQLite returns days as text: parse each once
    labels = BucketLabels({}, {})
    for model, array, into in (
        (JournalEntry, _shown_array(db, JournalEntry), labels.shown),
        (CheckIn, _shown_array(db, CheckIn), labels.shown),
        (CheckIn, _array_or_empty(db, CheckIn.words), labels.chosen),
    ):
        day = _day_of(db, user, model, bucket)
        values = _json_values(db, array)
        query = (
            select(day, values.c.value, func.count())
            .select_from(model)
            .join(values, literal(True))
            .where(*_in_range(model, user, start, end))
            .group_by(day, values.c.value)
        )
        for d, value, n in db.execute(query):
            key = days[d] if d in days else days.setdefault(d, as_date(d))
            if key not in into:
                into[key] = Counter()
            into[key][str(value)] += int(n)
    return labels


def _shown_array(db: Session, model: type[CheckIn] | type[JournalEntry]) -> ColumnElement[Any]:
    return _array_or_empty(db, model.corrected_emotions, model.detected_emotions)


def _day_of(db: Session, user: User, model: type[CheckIn] | type[JournalEntry], bucket: str) -> Any:
    column = _checkin_time(db, user) if model is CheckIn else JournalEntry.entry_date
    return _bucket(db, column, bucket).label("day")


def _in_range(
    model: type[CheckIn] | type[JournalEntry], user: User, start: dt.date, end: dt.date
) -> list[ColumnElement[bool]]:
    if model is CheckIn:
        return _checkins_in(user, start, end)
    return _entries_in(user, start, end)


def marker_tallies(
    *,
    db: Session,
    user: User,
    start: dt.date,
    end: dt.date,
    bucket: str,
    labels: BucketLabels | None = None,
) -> list[tuple[dt.date, markers.Tally]]:
    """The marker tallies of entries and check-ins per day, week or month, oldest first.

    Summed in SQL from the counts stored at save time and the stored emotion labels
    (``labels``, when the caller already has them for this range and bucket), so no text
    is decrypted; only rows still without counts (see migration 0006) are opened here.
    """
    tallies = counted_tallies(db=db, user=user, start=start, end=end, bucket=bucket)
    if labels is None:
        labels = labels_by_bucket(db=db, user=user, start=start, end=end, bucket=bucket)
    return with_labels(tallies, labels)


def with_labels(
    tallies: dict[dt.date, markers.Tally], labels: BucketLabels
) -> list[tuple[dt.date, markers.Tally]]:
    """The tallies with each bucket's emotion labels added, oldest first."""
    for source in (labels.shown, labels.chosen):
        for d, found in source.items():
            if d not in tallies:
                tallies[d] = markers.Tally()
            tallies[d].emotions.update(found)
    return sorted(tallies.items())


def counted_tallies(
    *, db: Session, user: User, start: dt.date, end: dt.date, bucket: str
) -> dict[dt.date, markers.Tally]:
    """Samples, texts, flat texts and word counts per bucket (the labels not yet added)."""
    tallies: dict[dt.date, markers.Tally] = {}
    by_value: dict[Any, markers.Tally] = {}  # SQLite returns days as text: parse each once

    def tally_of(day: Any) -> markers.Tally:
        found = by_value.get(day)
        if found is None:
            found = by_value[day] = tallies.setdefault(as_date(day), markers.Tally())
        return found

    for model in (JournalEntry, CheckIn):
        has_text = CheckIn.note.is_not(None) if model is CheckIn else literal(True)
        where = _in_range(model, user, start, end)
        day = _day_of(db, user, model, bucket)
        arrays = _emotion_arrays(db, model)
        flat = and_(has_text, *(not_(_names_an_emotion(db, array)) for array in arrays))
        counted = [
            func.sum(func.coalesce(column, 0))
            for column in (
                model.marker_words,
                model.marker_absolutist,
                model.marker_singular,
                model.marker_plural,
            )
        ]
        totals = select(
            day,
            func.count(),
            func.sum(case((has_text, 1), else_=0)),
            func.sum(case((flat, 1), else_=0)),
            func.sum(case((model.marker_words.is_(None), 1), else_=0)),
            *counted,
        ).where(*where)
        missing = 0
        for d, n, with_text, flat, uncounted, *sums in db.execute(totals.group_by(day)):
            missing += _as_int(uncounted)
            tally_of(d).add(
                markers.Tally(
                    samples=int(n),
                    with_text=_as_int(with_text),
                    flat=_as_int(flat),
                    counts=markers.Counts(*(_as_int(v) for v in sums)),
                )
            )
        for d, counts in _uncounted(db, model, day, where) if missing else ():
            tally_of(d).counts += counts
    return tallies


def _uncounted(
    db: Session, model: type[CheckIn] | type[JournalEntry], day: Any, where: list[Any]
) -> list[tuple[Any, markers.Counts]]:
    """Counts of the rows in range stored without them (decrypted and counted now)."""
    texts = (JournalEntry.title, JournalEntry.body) if model is JournalEntry else (CheckIn.note,)
    rows = db.execute(select(day, *texts).where(*where, model.marker_words.is_(None)))
    if model is JournalEntry:
        return [(d, markers.counts(f"{t}. {b}" if t else b)) for d, t, b in rows]
    return [(d, markers.counts(note or "")) for d, note in rows]


def entries_between(
    *, db: Session, user: User, start: dt.date, end: dt.date, limit: int
) -> list[JournalEntry]:
    """The person's newest entries in a range, at most ``limit``, newest first."""
    query = (
        select(JournalEntry)
        .where(*_entries_in(user, start, end))
        .order_by(JournalEntry.entry_date.desc(), JournalEntry.id.desc())
        .limit(limit)
    )
    return list(db.scalars(query))


@dataclass(frozen=True)
class GridCount:
    """How many check-ins in a range were made at one place on the grid, and the day of the
    latest of them."""

    pleasantness: int
    energy: int
    checkins: int
    latest: dt.date


def grid_counts(*, db: Session, user: User, start: dt.date, end: dt.date) -> list[GridCount]:
    """Check-ins per (pleasantness, energy) place in a range: at most 81 rows, however long."""
    query = (
        select(
            CheckIn.pleasantness,
            CheckIn.energy,
            func.count(),
            func.max(CheckIn.created_at, type_=CheckIn.created_at.type),
        )
        .where(*_checkins_in(user, start, end))
        .group_by(CheckIn.pleasantness, CheckIn.energy)
        .order_by(CheckIn.pleasantness, CheckIn.energy)
    )
    return [
        GridCount(int(p), int(e), int(n), dates.local_date(_aware(latest), user.time_zone))
        for p, e, n, latest in db.execute(query)
    ]
