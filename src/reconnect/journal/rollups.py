"""Monthly totals: insights over years read one stored row per month, not every row.

The dashboard's "everything" range and a long report group a person's history by month.
Reading every check-in and entry for that grows with each year written, so the totals of
each past month (the person's own months, in their time zone: mood averages, counts,
emotion labels, marker tallies: numbers, never text) are kept in ``monthly_totals``, and
the functions below read them for every whole stored month of a range and compute the
rest (the current month, a range's partial months at its edges, any month not yet stored)
from the rows, with ``journal.stats``.

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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Connection, and_, delete, event, func, inspect, select
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
INSIGHTS: Final = "insights"  # this module's own part: the dashboard's totals

Compute = Callable[[Session, User, dt.date, dt.date], dict[dt.date, Any]]
# Other tables whose rows count towards a month: a model, and the (person, day) pairs a
# changed row of it belongs to (read on the flush's connection).
Watcher = Callable[[Connection, Any], Iterable[tuple[int, dt.date]]]
WATCHED: dict[type, Watcher] = {}


@dataclass(frozen=True)
class Part:
    """Totals kept per person and month: how to compute each month of a span of whole
    months (``compute(db, user, first_day, last_day)``), and for a *running* part how to
    add two months' totals: each of its stored months then holds the total from the
    person's first month through that one, so any range of whole months is the difference
    of two rows, however long the history."""

    compute: Compute
    add: Callable[[Any, Any], Any] | None = None
    # Whether a person's stored totals may be built on.
    usable: Callable[[User, Any], bool] | None = None

    @property
    def running(self) -> bool:
        """Whether each row holds the total so far rather than its month's own."""
        return self.add is not None


PARTS: dict[str, Part] = {}


def add_part(name: str, part: Part, *, watch: dict[type, Watcher] | None = None) -> None:
    """Keep another domain's monthly totals beside these (registered at its import)."""
    PARTS[name] = part
    WATCHED.update(watch or {})


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


def each_month(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """The first day of each month from ``first`` to ``last``."""
    month = first
    while month <= last:
        yield month
        month = next_month(month)


# Reading -------------------------------------------------------------------------------


def first_whole_month(day: dt.date) -> dt.date:
    """The first month that starts on or after this day."""
    return month_of(day) if day.day == 1 else next_month(month_of(day))


def _whole_months(start: dt.date, end: dt.date) -> list[dt.date]:
    """The past months that lie wholly inside the range."""
    month = first_whole_month(start)
    whole = []
    while month_end(month) <= end and month < this_month():
        whole.append(month)
        month = next_month(month)
    return whole


def _stored(
    db: Session, user: User, start: dt.date, end: dt.date
) -> tuple[dict[dt.date, dict[str, Any]], list[tuple[dt.date, dt.date]]]:
    """The stored dashboard totals of the range's whole past months, and the spans of days
    left over (read once per range until the session next flushes: a dashboard asks four
    times)."""
    cache = db.info.setdefault(READ, {})
    key = (user.id, start, end)
    if key not in cache:
        cache[key] = _read_stored(db, user, start, end)
    return cache[key]  # type: ignore[no-any-return]


def _read_stored(
    db: Session, user: User, start: dt.date, end: dt.date
) -> tuple[dict[dt.date, dict[str, Any]], list[tuple[dt.date, dt.date]]]:
    whole = _whole_months(start, end)
    stored = _rows(db, user.id, INSIGHTS, whole[0], whole[-1]) if whole else {}
    spans, day = [], start
    for month in sorted(stored):
        if day < month:
            spans.append((day, month - dt.timedelta(days=1)))
        day = next_month(month)
    if day <= end:
        spans.append((day, end))
    return stored, spans


def _rows(
    db: Session, user_id: int, part: str, first: dt.date, last: dt.date
) -> dict[dt.date, Any]:
    query = select(MonthlyTotal.month, MonthlyTotal.totals).where(
        MonthlyTotal.user_id == user_id,
        MonthlyTotal.part == part,
        MonthlyTotal.month >= first,
        MonthlyTotal.month <= last,
    )
    return {stats.as_date(month): totals for month, totals in db.execute(query)}


def newest(db: Session, user_id: int, part: str, until: dt.date | None = None) -> dt.date | None:
    """The newest month stored for a part (up to ``until``), if any."""
    query = select(func.max(MonthlyTotal.month)).where(
        MonthlyTotal.user_id == user_id, MonthlyTotal.part == part
    )
    if until is not None:
        query = query.where(MonthlyTotal.month <= until)
    found = db.scalar(query)
    return stats.as_date(found) if found is not None else None


def _newest_by_part(db: Session, user_id: int) -> dict[str, dt.date]:
    """The newest stored month of each part (one query: this runs at every commit)."""
    query = (
        select(MonthlyTotal.part, func.max(MonthlyTotal.month))
        .where(MonthlyTotal.user_id == user_id)
        .group_by(MonthlyTotal.part)
    )
    return {part: stats.as_date(month) for part, month in db.execute(query)}


def through(db: Session, user_id: int, part: str, month: dt.date) -> Any | None:
    """A running part's total through this month, if stored."""
    return _rows(db, user_id, part, month, month).get(month)


def previous_month(month: dt.date) -> dt.date:
    """The first day of the month before."""
    return month_of(month - dt.timedelta(days=1))


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
        parts.append(_activity_row(stats.activity(db=db, user=user, start=first, end=last)))
    return Activity(*(sum(column) for column in zip(*parts, strict=True))) if parts else _NONE


_NONE: Final = Activity(0, 0, 0, 0)


def _tally(values: list[int]) -> markers.Tally:
    samples, with_text, flat, *counts = values
    return markers.Tally(samples, with_text, flat, counts=markers.Counts(*counts))


# Writing -------------------------------------------------------------------------------


def compute(db: Session, user: User, start: dt.date, end: dt.date) -> dict[dt.date, dict[str, Any]]:
    """The dashboard totals of each month from ``start`` to ``end`` (the first and last days
    of whole months), from the rows: one pass per statistic."""
    first, last = start, month_of(end)
    found: dict[dt.date, dict[str, Any]] = {month: {} for month in each_month(first, last)}
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
        found[month]["activity"] = _activity_row(done)
    return found


def _activity_row(done: Activity) -> list[int]:
    """An ``Activity`` as stored (and added up) in a month's totals."""
    return [done.checkins, done.checkin_days, done.entries, done.words_written]


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
    """Compute and store every part's totals of these past months (a running part's from
    the earliest of them on), and of every month that has ended since its newest stored
    one."""
    user = db.get(User, user_id)
    if user is None:  # the account was deleted in this transaction
        return
    last = previous_month(this_month())
    changed = {m for m in months if m <= last}
    first_data: list[dt.date | None] = []  # looked up once, when a part needs it

    def first_month() -> dt.date | None:
        if not first_data:
            first = stats.first_day(db=db, user=user)
            first_data.append(month_of(first) if first is not None else None)
        return first_data[0]

    newest_of = _newest_by_part(db, user_id)
    for name, part in PARTS.items():
        stored = newest_of.get(name)
        since = next_month(stored) if stored is not None else first_month()
        wanted = changed | (set(each_month(since, last)) if since is not None else set())
        if not wanted:
            continue
        if part.running:
            _refresh_running(db, user, name, part, min(wanted), last, first_month())
        else:
            for first, final in _spans(wanted):
                _store(db, user_id, name, part.compute(db, user, first, month_end(final)))


def _refresh_running(
    db: Session,
    user: User,
    name: str,
    part: Part,
    start: dt.date,
    last: dt.date,
    first_data: dt.date | None,
) -> None:
    """A running part's totals from ``start`` through ``last``, on top of the month before."""
    if first_data is None:
        return
    start = max(start, first_data)
    base = None
    if start > first_data:
        base = through(db, user.id, name, previous_month(start))
        if base is None or (part.usable is not None and not part.usable(user, base)):
            base, start = None, first_data  # a gap, or made another way: from the start
    assert part.add is not None
    found, total = {}, base
    for month, value in sorted(part.compute(db, user, start, month_end(last)).items()):
        total = part.add(total, value)
        found[month] = total
    _store(db, user.id, name, found)


def _store(db: Session, user_id: int, part: str, found: dict[dt.date, Any]) -> None:
    if not found:
        return
    db.info.pop(READ, None)
    upsert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    rows = [{"user_id": user_id, "part": part, "month": m, "totals": t} for m, t in found.items()]
    for start in range(0, len(rows), 200):
        statement = upsert(MonthlyTotal).values(rows[start : start + 200])
        db.execute(
            statement.on_conflict_do_update(
                index_elements=["user_id", "part", "month"],
                set_={"totals": statement.excluded.totals},
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
        # NO KEY UPDATE: rows that merely refer to the person (a session, a log) can still
        # be added meanwhile; only another writer of their totals waits.
        query = select(User.id).where(User.id == user_id).with_for_update(key_share=True)
        connection.execute(query)


def _touched_months(item: CheckIn | JournalEntry) -> set[dt.date]:
    """The months a row is in now and was in before this flush."""
    name = "created_at" if isinstance(item, CheckIn) else "entry_date"
    state: InstanceState[Any] = inspect(item)
    history = state.attrs[name].history
    days = [*history.deleted, *history.unchanged, *history.added]
    return {month for day in days if day is not None for month in _months_around(day)}


# No time zone is further than this from UTC: a time's local month is one of these two.
_WIDEST_OFFSET: Final = dt.timedelta(hours=14)


def _months_around(day: dt.date | dt.datetime) -> set[dt.date]:
    """The months a time may fall in, whatever the person's zone (months are their own
    months; without reading their zone here, both neighbours are recomputed)."""
    if isinstance(day, dt.datetime):
        return {month_of(day - _WIDEST_OFFSET), month_of(day + _WIDEST_OFFSET)}
    return {month_of(day)}


@event.listens_for(Session, "before_flush")
def _forget_changed_months(session: Session, context: UOWTransaction, instances: Any) -> None:
    """Delete the stored totals of every month a row of this flush is in or was in."""
    session.info.pop(READ, None)
    touched: dict[int, set[dt.date]] = {}
    connection: Connection | None = None
    for item in itertools.chain(session.new, session.dirty, session.deleted):
        if item in session.dirty and not session.is_modified(item):
            continue
        if isinstance(item, CheckIn | JournalEntry) and item.user_id is not None:
            months = _touched_months(item) or {this_month()}
            touched.setdefault(item.user_id, set()).update(months)
        elif type(item) in WATCHED:
            connection = connection or session.connection()
            for user_id, day in WATCHED[type(item)](connection, item):
                touched.setdefault(user_id, set()).add(month_of(day))
    if not touched:
        return
    connection = connection or session.connection()
    pending = session.info.setdefault(PENDING, {})
    for user_id, months in touched.items():
        _lock(connection, user_id)
        past = [m for m in months if m < this_month()]
        for name, part in PARTS.items() if past else ():
            mine = and_(MonthlyTotal.user_id == user_id, MonthlyTotal.part == name)
            stale = (
                MonthlyTotal.month >= min(past) if part.running else MonthlyTotal.month.in_(past)
            )
            connection.execute(delete(MonthlyTotal).where(mine, stale))
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


PARTS[INSIGHTS] = Part(compute)


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    """A rolled-back transaction's deletions of totals are undone with it: nothing to redo."""
    session.info.pop(PENDING, None)
