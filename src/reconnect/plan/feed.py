"""The calendar feed: a secret, revocable ICS address with everything coming up for a person.

The feed holds every domain's ``CalendarItem``s, as gathered by ``reconnect.agenda``.
"""

from __future__ import annotations

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect import agenda
from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.core.agenda import CalendarItem
from reconnect.core.tokens import hash_token, new_token
from reconnect.db import utcnow
from reconnect.messages import Plan as PM
from reconnect.plan import service as plan_service
from reconnect.plan.models import Plan


def create_token(*, db: Session, user: User) -> str:
    """A new secret feed token (shown once); any earlier feed address stops working."""
    plan = plan_service.saved_plan_for_user(db=db, user=user)
    token = new_token()
    plan.feed_token_hash, plan.feed_created_at = hash_token(token), utcnow()
    db.flush()
    return token


def revoke_token(*, db: Session, user: User) -> None:
    """Turn the feed off: its address answers 'not found' from now on."""
    plan = plan_service.get_plan_for_user(db=db, user=user)
    if plan.id is not None:
        plan.feed_token_hash, plan.feed_created_at = None, None
        db.flush()


def set_time_zone(*, db: Session, user: User, time_zone: str) -> None:
    """The time zone that reminder times are read in: the person's own, as on the account
    page (one setting)."""
    accounts_service.set_time_zone(db=db, user=user, time_zone=time_zone)


def user_for_token(*, db: Session, token: str) -> User | None:
    """Whose feed a token opens, or None for an unknown or revoked one."""
    if not token or len(token) > 100:
        return None
    query = select(User).join(Plan, Plan.user_id == User.id)
    return db.scalar(query.where(Plan.feed_token_hash == hash_token(token)))


def build_calendar(items: list[CalendarItem], *, base_url: str) -> bytes:
    """An RFC 5545 calendar with one event (and a gentle alarm) per item."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Reconnect//Plan reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", PM.FEED_NAME)
    stamp = utcnow()
    for item in items:
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.title)
        event.add("dtstart", item.starts)
        event.add("duration", item.duration)
        description = item.description
        if item.href:
            url = base_url.rstrip("/") + item.href
            event.add("url", url)
            description = f"{description}\n\n{url}"
        event.add("description", description)
        if item.rrule:
            event.add("rrule", icalendar.vRecur.from_ical(item.rrule))
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.title)
        alarm.add("trigger", item.duration * 0)
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    body: bytes = calendar.to_ical()
    return body


def feed_for_token(*, db: Session, token: str, base_url: str) -> bytes | None:
    """The calendar a feed token opens, or None when the token is unknown or revoked."""
    user = user_for_token(db=db, token=token)
    if user is None:
        return None
    return build_calendar(agenda.calendar_items(db=db, user=user), base_url=base_url)
