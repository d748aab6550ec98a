"""Patterns service: factors stored with check-ins and entries, and the patterns report."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.journal import service as journal_service
from reconnect.journal.models import CheckIn, JournalEntry

# Read-only: the report joins the journal's tables with factor_sets, one query per kind.
from reconnect.patterns import factors, history, stats
from reconnect.patterns.factors import Factors
from reconnect.patterns.history import time_of_day as time_of_day
from reconnect.patterns.models import FactorSet

SLEEP_MIN, SLEEP_MAX = factors.SLEEP_MIN, factors.SLEEP_MAX
ONE_CHOICE = factors.SINGLE  # sleep_quality, movement: one of these
SOME_CHOICES = factors.CHOICES  # people, places, activities: any of these

PERIODS: dict[str, int | None] = {"90": 90, "365": 365, "all": None}
DEFAULT_PERIOD = "365"
RECENT_FOR_ORDER = 200  # check-ins and entries that decide which chips come first


@dataclass(frozen=True)
class Report:
    """What the person's check-ins and entries show, sorted for reading."""

    period: str
    checkins: int
    entries: int
    tests: int
    patterns: list[stats.Finding]
    unclear: list[stats.Finding]
    not_enough: list[stats.Finding]
    when: list[stats.GroupMean]


def warm() -> None:
    """Load what the first report would wait for (SciPy)."""
    stats.warm()


def clean_factors(
    *,
    sleep_hours: float | None = None,
    sleep_quality: str | None = None,
    movement: str | None = None,
    people: Sequence[str] = (),
    places: Sequence[str] = (),
    activities: Sequence[str] = (),
    tags: str | Sequence[str] = (),
) -> Factors:
    """Validated factors (raises ValidationFailed with a clear message); saves nothing."""
    return factors.clean(
        sleep_hours=sleep_hours,
        sleep_quality=sleep_quality,
        movement=movement,
        people=people,
        places=places,
        activities=activities,
        tags=journal_service.parse_tags(tags),
    )


def _store(db: Session, row: FactorSet | None, new: FactorSet, chosen: Factors) -> None:
    if chosen.is_empty:
        if row is not None:
            db.delete(row)
        return
    row = row or new
    row.sleep_hours, row.sleep_quality = chosen.sleep_hours, chosen.sleep_quality
    row.movement = chosen.movement
    row.people, row.places = list(chosen.people), list(chosen.places)
    row.activities, row.tags = list(chosen.activities), list(chosen.tags)
    db.add(row)


def save_for_checkin(*, db: Session, user: User, checkin_id: int, chosen: Factors) -> None:
    """Store (or replace, or clear) the factors of one of the person's check-ins."""
    journal_service.get_checkin_for_user(db=db, user=user, checkin_id=checkin_id)
    row = db.scalar(select(FactorSet).where(FactorSet.checkin_id == checkin_id))
    _store(db, row, FactorSet(user_id=user.id, checkin_id=checkin_id), chosen)
    db.flush()


def save_for_entry(*, db: Session, user: User, entry_id: int, chosen: Factors) -> None:
    """Store (or replace, or clear) the factors of one of the person's entries (no tags:
    entries keep their own)."""
    journal_service.get_entry_for_user(db=db, user=user, entry_id=entry_id)
    row = db.scalar(select(FactorSet).where(FactorSet.entry_id == entry_id))
    without_tags = Factors(**{**_as_dict(chosen), "tags": ()})
    _store(db, row, FactorSet(user_id=user.id, entry_id=entry_id), without_tags)
    db.flush()


def _as_dict(chosen: Factors) -> dict[str, Any]:
    return {name: getattr(chosen, name) for name in Factors.__dataclass_fields__}


def _from_row(row: FactorSet | None) -> Factors:
    if row is None:
        return Factors()
    return Factors(
        sleep_hours=row.sleep_hours,
        sleep_quality=row.sleep_quality,
        movement=row.movement,
        people=tuple(row.people or ()),
        places=tuple(row.places or ()),
        activities=tuple(row.activities or ()),
        tags=tuple(row.tags or ()),
    )


def factors_for_checkins(
    *, db: Session, user: User, checkin_ids: Iterable[int]
) -> dict[int, Factors]:
    """The factors of several of the person's check-ins, by check-in id (one query)."""
    ids = list(checkin_ids)
    if not ids:
        return {}
    rows = db.scalars(
        select(FactorSet).where(FactorSet.user_id == user.id, FactorSet.checkin_id.in_(ids))
    )
    return {row.checkin_id: _from_row(row) for row in rows if row.checkin_id is not None}


def factors_for_entries(*, db: Session, user: User, entry_ids: Iterable[int]) -> dict[int, Factors]:
    """The factors of several of the person's entries, by entry id (one query)."""
    ids = list(entry_ids)
    if not ids:
        return {}
    rows = db.scalars(
        select(FactorSet).where(FactorSet.user_id == user.id, FactorSet.entry_id.in_(ids))
    )
    return {row.entry_id: _from_row(row) for row in rows if row.entry_id is not None}


def factors_for_entry(*, db: Session, user: User, entry_id: int) -> Factors:
    """The factors of one of the person's entries (empty if none were picked)."""
    journal_service.get_entry_for_user(db=db, user=user, entry_id=entry_id)
    return _from_row(db.scalar(select(FactorSet).where(FactorSet.entry_id == entry_id)))


def choice_order(*, db: Session, user: User) -> dict[str, list[str]]:
    """Each category's choices with the person's most used (recently) first."""
    query = (
        select(
            FactorSet.sleep_quality,
            FactorSet.movement,
            FactorSet.people,
            FactorSet.places,
            FactorSet.activities,
        )
        .where(FactorSet.user_id == user.id)
        .order_by(FactorSet.id.desc())
        .limit(RECENT_FOR_ORDER)
    )
    counts: Counter[str] = Counter()
    for quality, movement, people, places, activities in db.execute(query):
        picked = [quality, movement, *(people or ()), *(places or ()), *(activities or ())]
        counts.update(value for value in picked if value)
    return {
        category: factors.most_used_first(category, counts)
        for category in (*factors.SINGLE, *factors.CHOICES)
    }


def report(*, db: Session, user: User, period: str = DEFAULT_PERIOD, today: dt.date) -> Report:
    """The person's patterns over a period ('90', '365' or 'all' days up to today)."""
    days = PERIODS[period]
    since = None if days is None else today - dt.timedelta(days=days - 1)
    found = history.summary(db=db, user=user, since=since, today=today)
    findings = stats.analyse(found.summary)
    lacking: dict[str, stats.Finding] = {}
    for finding in findings:
        if finding.status == "not_enough" and finding.n_with > getattr(
            lacking.get(finding.feature), "n_with", -1
        ):
            lacking[finding.feature] = finding
    when = stats.group_means(found.summary, "weekday") + stats.group_means(found.summary, "time")
    return Report(
        period=period,
        checkins=found.checkins,
        entries=found.entries,
        tests=sum(f.status != "not_enough" for f in findings),
        patterns=[f for f in findings if f.status == "pattern"],
        unclear=[f for f in findings if f.status == "unclear"],
        not_enough=sorted(lacking.values(), key=lambda f: (-f.n_with, f.feature)),
        when=when,
    )


def sleep_by_day(
    *, db: Session, user: User, start: dt.date, end: dt.date
) -> list[tuple[dt.date, float]]:
    """Mean hours of sleep noted per day (check-ins on their day in the person's time
    zone, entries on their date), oldest first; days without any are left out."""
    first = dates.day_start(start, user.time_zone)
    after = dates.day_start(end + dt.timedelta(days=1), user.time_zone)
    noted = FactorSet.user_id == user.id, FactorSet.sleep_hours.is_not(None)
    checkins = select(CheckIn.created_at, FactorSet.sleep_hours).join(
        FactorSet, FactorSet.checkin_id == CheckIn.id
    )
    checkins = checkins.where(*noted, CheckIn.created_at >= first, CheckIn.created_at < after)
    entries = select(JournalEntry.entry_date, FactorSet.sleep_hours).join(
        FactorSet, FactorSet.entry_id == JournalEntry.id
    )
    entries = entries.where(
        *noted, JournalEntry.entry_date >= start, JournalEntry.entry_date <= end
    )
    by_day: dict[dt.date, list[float]] = {}
    for when, hours in [*db.execute(checkins), *db.execute(entries)]:
        day = (
            dates.local_date(when if when.tzinfo else when.replace(tzinfo=dt.UTC), user.time_zone)
            if isinstance(when, dt.datetime)
            else when
        )
        by_day.setdefault(day, []).append(float(hours))
    return [(day, sum(hours) / len(hours)) for day, hours in sorted(by_day.items())]
