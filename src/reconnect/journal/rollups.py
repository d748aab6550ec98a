"""Monthly totals: insights over years read one stored row per month, not every row.

The dashboard's "everything" range and a long report group a person's history by month.
Reading every check-in and entry for that grows with each year written, so the totals of
each past UTC month (mood averages, counts, emotion labels, marker tallies: numbers, never
text) are kept in ``monthly_totals``, and the functions below read them for every whole
stored month of a range and compute the rest (the current month, a range's partial
months at its edges, any month not yet stored) from the rows, with ``journal.stats``.

How the stored totals stay exactly what the rows say:

- A flush that adds, changes or deletes a check-in or an entry deletes the totals of its
  month (and of the month it moved from), and locks the person's row, so on PostgreSQL no
  other writer can change their rows between a recompute and its commit (SQLite writes
  one transaction at a time anyway).
- At commit, the months whose totals were deleted, and every month that has ended since
  the person's newest stored month, are computed again from the rows, one pass per
  statistic over the span (``journal.stats`` with monthly buckets).
- Code that writes rows without the ORM calls ``forget`` (the importer does).

The results equal those of ``journal.stats`` over the same range (a test compares them
after edits, deletes, back-dated rows and imports).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, Final

from sqlalchemy import Connection, delete, event, func, inspect, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import InstanceState, Session, UOWTransaction

from reconnect.accounts.models import User
from reconnect.analysis import markers
from reconnect.journal import stats
from reconnect.journal.models import CheckIn, JournalEntry, MonthlyTotal
from reconnect.journal.stats import Activity, BucketLabels, MoodPoint

PENDING: Final = "reconnect.rollups"  # Session.info key: {user id: months to compute}
READ: Final = "reconnect.rollups.read"  # Session.info key: stored totals read, per range
MONTH: Final = "month"


def month_of(day: dt.date | dt.datetime) -> dt.date:
    """The first day of the day's month."""
    return dt.date(day.year, day.month, 1)


def next_month(month: dt.date) -> dt.date:
    """The first day of the following month."""
    return dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)


def month_end(month: dt.date) -> dt.date:
    """The last day of the month."""
    return next_month(month) - dt.timedelta(days=1)


def this_month() -> dt.date:
    """The current UTC month: never stored, its rows are still changing."""
    return month_of(dt.datetime.now(dt.UTC))


def _months(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    month = first
    while month <= last:
        yield month
        month = next_month(month)


# Reading -------------------------------------------------------------------------------


def _whole_months(start: dt.date, end: dt.date) -> list[dt.date]:
    """The past months that lie wholly inside the range."""
    month = month_of(start) if start.day == 1 else next_month(month_of(start))
    whole = []
    while month_end(month) <= end and month < this_month():
        whole.append(month)
        month = next_month(month)
    return whole


def _stored(
    db: Session, user: User, start: dt.date, end: dt.date
) -> tuple[dict[dt.date, dict[str, Any]], list[tuple[dt.date, dt.date]]]:
    """The stored totals of the range's whole past months, and the spans of days left over
    (read once per range until the session next flushes: a dashboard asks four times)."""
    cache = db.info.setdefault(READ, {})
    key = (user.id, start, end)
    if key not in cache:
        cache[key] = _read_stored(db, user, start, end)
    return cache[key]  # type: ignore[no-any-return]


def _read_stored(
    db: Session, user: User, start: dt.date, end: dt.date
) -> tuple[dict[dt.date, dict[str, Any]], list[tuple[dt.date, dt.date]]]:
    whole = _whole_months(start, end)
    stored: dict[dt.date, dict[str, Any]] = {}
    if whole:
        query = select(MonthlyTotal.month, MonthlyTotal.totals).where(
            MonthlyTotal.user_id == user.id,
            MonthlyTotal.month >= whole[0],
            MonthlyTotal.month <= whole[-1],
        )
        stored = {stats.as_date(month): totals for month, totals in db.execute(query)}
    spans, day = [], start
    for month in sorted(stored):
        if day < month:
            spans.append((day, month - dt.timedelta(days=1)))
        day = next_month(month)
    if day <= end:
        spans.append((day, end))
    return stored, spans


def mood_by_bucket(
    *, db: Session, user: User, start: dt.date, end: dt.date, bucket: str
) -> list[MoodPoint]:
    """``journal.stats.mood_by_bucket``, from the stored totals where it can."""
    if bucket != MONTH:
        return stats.mood_by_bucket(db=db, user=user, start=start, end=end, bucket=bucket)
    stored, spans = _stored(db, user, start, end)
    points = [MoodPoint(m, *t["mood"]) for m, t in stored.items() if t.get("mood")]
    for first, last in spans:
        points += stats.mood_by_bucket(db=db, user=user, start=first, end=last, bucket=MONTH)
    return sorted(points, key=lambda point: point.day)


def labels_by_bucket(
    *, db: Session, user: User, start: dt.date, end: dt.date, bucket: str
) -> BucketLabels:
    """``journal.stats.labels_by_bucket``, from the stored totals where it can."""
    if bucket != MONTH:
        return stats.labels_by_bucket(db=db, user=user, start=start, end=end, bucket=bucket)
    stored, spans = _stored(db, user, start, end)
    labels = BucketLabels({}, {})
    for month, totals in stored.items():
        for which, into in (("shown", labels.shown), ("chosen", labels.chosen)):
            if totals.get(which):
                into[month] = Counter(totals[which])
    for first, last in spans:
        live = stats.labels_by_bucket(db=db, user=user, start=first, end=last, bucket=MONTH)
        labels.shown.update(live.shown)
        labels.chosen.update(live.chosen)
    return labels


def marker_tallies(
    *,
    db: Session,
    user: User,
    start: dt.date,
    end: dt.date,
    bucket: str,
    labels: BucketLabels | None = None,
) -> list[tuple[dt.date, markers.Tally]]:
    """``journal.stats.marker_tallies``, from the stored totals where it can."""
    if bucket != MONTH:
        return stats.marker_tallies(
            db=db, user=user, start=start, end=end, bucket=bucket, labels=labels
        )
    stored, spans = _stored(db, user, start, end)
    tallies = {m: _tally(t["markers"]) for m, t in stored.items() if t.get("markers")}
    for first, last in spans:
        tallies.update(stats.counted_tallies(db=db, user=user, start=first, end=last, bucket=MONTH))
    if labels is None:
        labels = labels_by_bucket(db=db, user=user, start=start, end=end, bucket=MONTH)
    return stats.with_labels(tallies, labels)


def activity(*, db: Session, user: User, start: dt.date, end: dt.date) -> Activity:
    """``journal.stats.activity``, from the stored totals where it can."""
    stored, spans = _stored(db, user, start, end)
    parts = [t["activity"] for t in stored.values() if t.get("activity")]
    for first, last in spans:
        done = stats.activity(db=db, user=user, start=first, end=last)
        parts.append([done.checkins, done.checkin_days, done.entries, done.words_written])
    return Activity(*(sum(column) for column in zip(*parts, strict=True))) if parts else _NONE


_NONE: Final = Activity(0, 0, 0, 0)


def _tally(values: list[int]) -> markers.Tally:
    samples, with_text, flat, *counts = values
    return markers.Tally(samples, with_text, flat, counts=markers.Counts(*counts))


# Writing -------------------------------------------------------------------------------


def compute(
    db: Session, user: User, first: dt.date, last: dt.date
) -> dict[dt.date, dict[str, Any]]:
    """The totals of each month from ``first`` to ``last``, from the rows (one pass each)."""
    start, end = first, month_end(last)
    found: dict[dt.date, dict[str, Any]] = {month: {} for month in _months(first, last)}
    for point in stats.mood_by_bucket(db=db, user=user, start=start, end=end, bucket=MONTH):
        found[point.day]["mood"] = [point.pleasantness, point.energy, point.checkins]
    labels = stats.labels_by_bucket(db=db, user=user, start=start, end=end, bucket=MONTH)
    for which, source in (("shown", labels.shown), ("chosen", labels.chosen)):
        for month, counts in source.items():
            found[month][which] = dict(counts)
    tallies = stats.counted_tallies(db=db, user=user, start=start, end=end, bucket=MONTH)
    for month, t in tallies.items():
        found[month]["markers"] = [t.samples, t.with_text, t.flat, *_counts(t.counts)]
    by_month = stats.activity_by_bucket(db=db, user=user, start=start, end=end, bucket=MONTH)
    for month, done in by_month.items():
        found[month]["activity"] = [
            done.checkins,
            done.checkin_days,
            done.entries,
            done.words_written,
        ]
    return found


def _counts(counts: markers.Counts) -> list[int]:
    return [counts.words, counts.absolutist, counts.singular, counts.plural]


def _spans(months: Iterable[dt.date]) -> Iterator[tuple[dt.date, dt.date]]:
    """Runs of consecutive months, as (first, last)."""
    ordered = sorted(set(months))
    for _, run in itertools.groupby(enumerate(ordered), key=lambda p: _index(p[1]) - p[0]):
        group = [month for _, month in run]
        yield group[0], group[-1]


def _index(month: dt.date) -> int:
    return month.year * 12 + month.month


def refresh(db: Session, user_id: int, months: Iterable[dt.date]) -> None:
    """Compute and store the totals of these past months, and of every month that has ended
    since the person's newest stored one."""
    user = db.get(User, user_id)
    if user is None:  # the account was deleted in this transaction
        return
    current = this_month()
    wanted = {m for m in months if m < current}
    newest = db.scalar(select(func.max(MonthlyTotal.month)).where(MonthlyTotal.user_id == user_id))
    since = next_month(stats.as_date(newest)) if newest is not None else _first_month(db, user)
    if since is not None:
        wanted.update(_months(since, month_of(current - dt.timedelta(days=1))))
    for first, last in _spans(wanted):
        _store(db, user_id, compute(db, user, first, last))


def _first_month(db: Session, user: User) -> dt.date | None:
    first = stats.first_day(db=db, user=user)
    return month_of(first) if first is not None else None


def _store(db: Session, user_id: int, found: dict[dt.date, dict[str, Any]]) -> None:
    if not found:
        return
    db.info.pop(READ, None)
    upsert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    rows = [{"user_id": user_id, "month": m, "totals": t} for m, t in found.items()]
    statement = upsert(MonthlyTotal).values(rows)
    db.execute(
        statement.on_conflict_do_update(
            index_elements=["user_id", "month"], set_={"totals": statement.excluded.totals}
        )
    )


def forget(db: Session, user_id: int) -> None:
    """Drop a person's stored totals; the commit computes them all again (for rows written
    without the ORM, such as an import)."""
    _lock(db.connection(), user_id)
    db.info.pop(READ, None)
    db.execute(delete(MonthlyTotal).where(MonthlyTotal.user_id == user_id))
    db.info.setdefault(PENDING, {}).setdefault(user_id, set())


def _lock(connection: Connection, user_id: int) -> None:
    """The person's row, locked until commit (PostgreSQL; nothing to do on SQLite)."""
    if connection.dialect.name == "postgresql":
        connection.execute(select(User.id).where(User.id == user_id).with_for_update())


def _touched_months(item: CheckIn | JournalEntry) -> set[dt.date]:
    """The months a row is in now and was in before this flush."""
    name = "created_at" if isinstance(item, CheckIn) else "entry_date"
    state: InstanceState[Any] = inspect(item)
    history = state.attrs[name].history
    days = [*history.deleted, *history.unchanged, *history.added]
    return {month_of(day) for day in days if day is not None}


@event.listens_for(Session, "before_flush")
def _forget_changed_months(session: Session, context: UOWTransaction, instances: Any) -> None:
    """Delete the stored totals of every month a row of this flush is in or was in."""
    session.info.pop(READ, None)
    touched: dict[int, set[dt.date]] = {}
    for item in itertools.chain(session.new, session.dirty, session.deleted):
        if not isinstance(item, CheckIn | JournalEntry) or item.user_id is None:
            continue
        if item in session.dirty and not session.is_modified(item):
            continue
        months = _touched_months(item) or {this_month()}
        touched.setdefault(item.user_id, set()).update(months)
    if not touched:
        return
    connection = session.connection()
    pending = session.info.setdefault(PENDING, {})
    for user_id, months in touched.items():
        _lock(connection, user_id)
        past = [m for m in months if m < this_month()]
        if past:
            connection.execute(
                delete(MonthlyTotal).where(
                    MonthlyTotal.user_id == user_id, MonthlyTotal.month.in_(past)
                )
            )
        pending.setdefault(user_id, set()).update(past)


@event.listens_for(Session, "before_commit")
def _recompute(session: Session) -> None:
    """Store again the totals this transaction deleted, before it commits."""
    session.flush()  # commit flushes after this event: the pending months come from here
    while session.info.get(PENDING):
        pending = session.info.pop(PENDING, {})
        for user_id, months in pending.items():
            refresh(session, user_id, months)


@event.listens_for(Session, "after_transaction_end")
def _drop_reads(session: Session, transaction: Any) -> None:
    """What this session read of the totals may be out of date in its next transaction."""
    session.info.pop(READ, None)
