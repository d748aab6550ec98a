"""What the patterns report reads: each check-in and entry as an observation, summed by month.

The report's tests need only counts (``stats.Summary``), and counts add up, so the
journal's monthly totals (``journal.rollups``, part ``patterns``) keep for each past month
the running total of every month up to it; a report over any range of whole months is
one stored total less another, and only the days around them are read from the rows.
The stored totals change whenever a check-in, an entry, its tags or its factors do (the
factor sets are watched here). Days, months, weekdays and times of day are the person's
own, in their time zone; changing it drops their stored totals (``accounts.service``), and
totals stored under another zone are never built on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, cast

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.analysis.markers import NO_EMOTION
from reconnect.core import dates
from reconnect.journal import rollups
from reconnect.journal import service as journal_service

# Read-only: the report joins the journal's tables with factor_sets, one query per kind.
from reconnect.journal.models import CheckIn, JournalEntry, Tag, entry_tags
from reconnect.patterns import factors, stats
from reconnect.patterns.factors import Factors
from reconnect.patterns.models import FactorSet

PART: Final = "patterns"


@dataclass
class Found:
    """The summed counts of a range, and how many check-ins and entries went into them."""

    summary: stats.Summary = field(default_factory=stats.Summary)
    checkins: int = 0
    entries: int = 0

    def add(self, other: Found) -> None:
        """Add another range's counts."""
        self.summary.add(other.summary)
        self.checkins += other.checkins
        self.entries += other.entries

    def minus(self, other: Found) -> Found:
        """These counts less an earlier range's that they include."""
        return Found(
            self.summary.minus(other.summary),
            self.checkins - other.checkins,
            self.entries - other.entries,
        )


def time_of_day(hour: int) -> str:
    """Morning 5-12, afternoon 12-17, evening 17-22, night 22-5."""
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"


def zone(user: User) -> str:
    """The person's time zone, as their days, weekdays and times of day are read in it."""
    return user.time_zone or dates.UTC_NAME


def _flat(has_text: bool, emotions: Iterable[str]) -> bool | None:
    # The same rule as the "no emotion" marker in analysis/markers.py.
    return not set(emotions) - NO_EMOTION if has_text else None


def _factor_columns() -> tuple[Any, ...]:
    return (
        FactorSet.sleep_hours,
        FactorSet.sleep_quality,
        FactorSet.movement,
        FactorSet.people,
        FactorSet.places,
        FactorSet.activities,
        FactorSet.tags,
    )


def _factors_from(values: Sequence[Any], extra_tags: Iterable[str] = ()) -> Factors:
    hours, quality, movement, people, places, activities, tags = values
    return Factors(
        sleep_hours=hours,
        sleep_quality=quality,
        movement=movement,
        people=tuple(people or ()),
        places=tuple(places or ()),
        activities=tuple(activities or ()),
        tags=tuple(tags or ()) + tuple(extra_tags),
    )


def checkin_observations(
    db: Session, user: User, since: dt.date | None, until: dt.date | None = None
) -> Iterator[tuple[dt.date, stats.Observation]]:
    """Each check-in from ``since`` to ``until`` (the person's days, both included; None:
    no bound) as an observation, with its day."""
    query = (
        select(
            CheckIn.created_at,
            CheckIn.pleasantness,
            CheckIn.energy,
            CheckIn.note.is_not(None),
            CheckIn.words,
            CheckIn.detected_emotions,
            CheckIn.corrected_emotions,
            *_factor_columns(),
        )
        .outerjoin(FactorSet, FactorSet.checkin_id == CheckIn.id)
        .where(CheckIn.user_id == user.id)
    )
    if since is not None:
        query = query.where(CheckIn.created_at >= dates.day_start(since, zone(user)))
    if until is not None:
        after = dates.day_start(until + dt.timedelta(days=1), zone(user))
        query = query.where(CheckIn.created_at < after)
    tz = dates.zone(zone(user))
    for row in db.execute(query):
        created, pleasantness, energy, has_note, words, detected, corrected = row[:7]
        features, recorded = factors.features_of(_factors_from(row[7:]))
        local = created.astimezone(tz)
        when = {f"weekday:{local.weekday()}", f"time:{time_of_day(local.hour)}"}
        emotions = [*(corrected if corrected is not None else detected or ()), *(words or ())]
        yield (
            local.date(),
            stats.Observation(
                features=features | when,
                recorded=recorded | {"weekday", "time"},
                pleasantness=pleasantness,
                energy=energy,
                no_emotion=_flat(bool(has_note), emotions),
            ),
        )


def entry_observations(
    db: Session, user: User, since: dt.date | None, until: dt.date | None = None
) -> Iterator[tuple[dt.date, stats.Observation]]:
    """Each entry dated from ``since`` to ``until`` (None: no bound) as an observation,
    with its day."""
    tag_names = (
        select(entry_tags.c.entry_id, func.aggregate_strings(Tag.name, ",").label("names"))
        .join(Tag, Tag.id == entry_tags.c.tag_id)
        .where(Tag.user_id == user.id)
        .group_by(entry_tags.c.entry_id)
        .subquery()
    )
    query = (
        select(
            JournalEntry.entry_date,
            JournalEntry.detected_emotions,
            JournalEntry.corrected_emotions,
            tag_names.c.names,
            *_factor_columns(),
        )
        .outerjoin(FactorSet, FactorSet.entry_id == JournalEntry.id)
        .outerjoin(tag_names, tag_names.c.entry_id == JournalEntry.id)
        .where(JournalEntry.user_id == user.id)
    )
    if since is not None:
        query = query.where(JournalEntry.entry_date >= since)
    if until is not None:
        query = query.where(JournalEntry.entry_date <= until)
    for row in db.execute(query):
        day, detected, corrected, names = row[:4]
        chosen = _factors_from(row[4:], extra_tags=(names or "").split(",") if names else ())
        features, recorded = factors.features_of(chosen)
        emotions = corrected if corrected is not None else detected or ()
        yield (
            day,
            stats.Observation(
                features=features | {f"weekday:{day.weekday()}"},
                recorded=recorded | {"weekday"},
                no_emotion=_flat(True, emotions),
            ),
        )


def read(db: Session, user: User, since: dt.date | None, until: dt.date | None) -> Found:
    """The counts of a range, from the rows."""
    checkins = [obs for _, obs in checkin_observations(db, user, since, until)]
    entries = [obs for _, obs in entry_observations(db, user, since, until)]
    return Found(stats.summarize([*checkins, *entries]), len(checkins), len(entries))


def summary(*, db: Session, user: User, since: dt.date | None, today: dt.date) -> Found:
    """The counts from ``since`` (None: the first record) on: the whole past months from two
    stored running totals (through the last of them, less through the month before the
    first), the days around them from the rows."""
    first_day = journal_service.first_day(db=db, user=user)
    start = since or first_day
    if start is None or first_day is None:
        return Found()
    first = rollups.first_whole_month(start)
    last = rollups.newest(db, user.id, PART, until=rollups.previous_month(rollups.this_month()))
    if last is None or last < first:
        return read(db, user, start, None)
    upper = rollups.through(db, user.id, PART, last)
    before = rollups.previous_month(first)
    has_before = before >= rollups.month_of(first_day)  # else nothing precedes the range
    lower = rollups.through(db, user.id, PART, before) if has_before else None
    if not _usable(user, upper) or (has_before and not _usable(user, lower)):
        return read(db, user, start, None)  # stored in another time zone, or a gap
    found = _from_part(cast(dict[str, Any], upper))
    if lower is not None:
        found = found.minus(_from_part(lower))
    if start < first:
        found.add(read(db, user, start, first - dt.timedelta(days=1)))
    found.add(read(db, user, rollups.next_month(last), None))  # open: tomorrow's entry counts
    return found


def _usable(user: User, part: Any) -> bool:
    return isinstance(part, dict) and part.get("zone") == zone(user)


def _from_part(part: dict[str, Any]) -> Found:
    return Found(stats.Summary.from_json(part["summary"]), part["checkins"], part["entries"])


def _to_part(found: Found, time_zone: str) -> dict[str, Any]:
    return {
        "zone": time_zone,
        "checkins": found.checkins,
        "entries": found.entries,
        "summary": found.summary.to_json(),
    }


def _added(total: dict[str, Any] | None, month: dict[str, Any]) -> dict[str, Any]:
    """A running total with one more month's counts (both stored in the same zone)."""
    if total is None:
        return month
    found = _from_part(total)
    found.add(_from_part(month))
    return _to_part(found, month["zone"])


def monthly(db: Session, user: User, start: dt.date, end: dt.date) -> dict[dt.date, Any]:
    """Each month's own counts from ``start`` to ``end`` (whole months), for the running
    totals ``journal.rollups`` keeps."""
    by_month: dict[dt.date, tuple[list[stats.Observation], list[stats.Observation]]] = {
        month: ([], []) for month in rollups.each_month(start, end)
    }
    for day, obs in checkin_observations(db, user, start, end):
        by_month[rollups.month_of(day)][0].append(obs)
    for day, obs in entry_observations(db, user, start, end):
        by_month[rollups.month_of(day)][1].append(obs)
    return {
        month: _to_part(Found(stats.summarize([*c, *e]), len(c), len(e)), zone(user))
        for month, (c, e) in by_month.items()
    }


def _factor_owner(connection: Connection, item: FactorSet) -> Iterable[tuple[int, dt.date]]:
    """The person and day of the check-in or entry a changed factor set belongs to."""
    if item.checkin_id is not None:
        query: Any = select(CheckIn.user_id, CheckIn.created_at).where(
            CheckIn.id == item.checkin_id
        )
    elif item.entry_id is not None:
        query = select(JournalEntry.user_id, JournalEntry.entry_date).where(
            JournalEntry.id == item.entry_id
        )
    else:
        return []  # its check-in or entry is new in this flush, and counted itself
    return [(user_id, day) for user_id, day in connection.execute(query)]


rollups.add_part(
    PART, rollups.Part(monthly, add=_added, usable=_usable), watch={FactorSet: _factor_owner}
)
