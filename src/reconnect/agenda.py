"""Everything due for a person, gathered from the domains for the Today page and the calendar feed.

A domain with something due adds its service's ``today_items`` and ``calendar_items`` to the
two tuples below; nothing else needs to know where an item came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.core.agenda import CalendarItem, TodayItem
from reconnect.plan import service as plan_service
from reconnect.together import service as together_service

TodaySource = Callable[..., list[TodayItem]]
CalendarSource = Callable[..., list[CalendarItem]]

TODAY_SOURCES: tuple[TodaySource, ...] = (
    together_service.today_items,
    plan_service.today_items,
    assess_service.today_items,
)
CALENDAR_SOURCES: tuple[CalendarSource, ...] = (
    plan_service.calendar_items,
    assess_service.calendar_items,
    together_service.calendar_items,
)


def today_items(*, db: Session, user: User, today: dt.date) -> list[TodayItem]:
    """What the person may want to do today, from every domain, in a stable order."""
    return [item for source in TODAY_SOURCES for item in source(db=db, user=user, today=today)]


def calendar_items(*, db: Session, user: User) -> list[CalendarItem]:
    """Every reminder for the person's calendar feed, from every domain."""
    return [item for source in CALENDAR_SOURCES for item in source(db=db, user=user)]
