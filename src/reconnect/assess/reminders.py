"""Reminders to take a questionnaire again: every two weeks by default, or as the person chose."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess.instruments import catalogue
from reconnect.assess.models import AssessmentReminder, AssessmentResult
from reconnect.core import dates
from reconnect.core.agenda import CalendarItem, TodayItem
from reconnect.core.errors import ValidationFailed
from reconnect.messages import Assess as M

DEFAULT_EVERY_DAYS = 14
MIN_DAYS, MAX_DAYS = 7, 90
REMINDER_HOUR = 9  # in the person's own time zone
REMINDER_TIME = dt.time(REMINDER_HOUR)
CHOICES = (0, 7, 14, 28, 56)


def set_reminder(*, db: Session, user: User, instrument: str, every_days: int) -> None:
    """Remind every N days (7 to 90), or never (0)."""
    if instrument not in catalogue():
        raise ValidationFailed(M.UNKNOWN_INSTRUMENT.format(slug=instrument))
    if every_days != 0 and not MIN_DAYS <= every_days <= MAX_DAYS:
        raise ValidationFailed(M.REMINDER_INVALID, field="every_days")
    row = db.scalar(
        select(AssessmentReminder).where(
            AssessmentReminder.user_id == user.id, AssessmentReminder.instrument == instrument
        )
    )
    if row is None:
        row = AssessmentReminder(user_id=user.id, instrument=instrument, every_days=every_days)
        db.add(row)
    row.every_days = every_days
    db.flush()


def reminder_days(*, db: Session, user: User) -> dict[str, int]:
    """Per instrument the person has taken (or set), how often to remind; 0 means never."""
    query = select(AssessmentReminder.instrument, AssessmentReminder.every_days).where(
        AssessmentReminder.user_id == user.id
    )
    chosen = {slug: days for slug, days in db.execute(query)}
    taken = _last_taken(db, user)
    return {slug: chosen.get(slug, DEFAULT_EVERY_DAYS) for slug in catalogue() if slug in taken}


def _last_taken(db: Session, user: User) -> dict[str, dt.datetime]:
    query = (
        select(AssessmentResult.instrument, func.max(AssessmentResult.taken_at))
        .where(AssessmentResult.user_id == user.id)
        .group_by(AssessmentResult.instrument)
    )
    return {slug: _aware(taken) for slug, taken in db.execute(query)}


def _aware(value: dt.datetime) -> dt.datetime:
    # Aggregates skip the column type on some backends, so the value may come back naive UTC.
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _due_schedule(db: Session, user: User) -> list[tuple[str, int, dt.datetime]]:
    taken = _last_taken(db, user)
    return [
        (slug, days, taken[slug])
        for slug, days in reminder_days(db=db, user=user).items()
        if days > 0
    ]


def today_items(*, db: Session, user: User, today: dt.date) -> list[TodayItem]:
    """Questionnaires whose reminder is due today or overdue."""
    items = []
    for slug, days, last in _due_schedule(db, user):
        taken_on = dates.local_date(last, user.time_zone)
        if taken_on + dt.timedelta(days=days) <= today:
            title = catalogue()[slug].title
            items.append(
                TodayItem(
                    key=f"assess:{slug}",
                    title=M.TODAY_TITLE.format(title=title),
                    detail=M.TODAY_DETAIL.format(date=taken_on.isoformat()),
                    href=f"/assess/{slug}",
                    kind="assess",
                )
            )
    return items


def calendar_items(*, db: Session, user: User) -> list[CalendarItem]:
    """A repeating reminder per questionnaire, starting when the next one is due."""
    items = []
    for slug, days, last in _due_schedule(db, user):
        title = catalogue()[slug].title
        due = dates.local_date(last, user.time_zone) + dt.timedelta(days=days)
        items.append(
            CalendarItem(
                uid=f"assess-{slug}@reconnect",
                title=M.CALENDAR_TITLE.format(title=title),
                description=M.CALENDAR_DESCRIPTION.format(title=title),
                starts=dt.datetime.combine(due, REMINDER_TIME, tzinfo=dates.zone(user.time_zone)),
                duration=dt.timedelta(minutes=15),
                rrule=f"FREQ=DAILY;INTERVAL={days}",
                href=f"/assess/{slug}",
            )
        )
    return items
