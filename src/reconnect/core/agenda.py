"""What is coming up for a person: items for the Today page and the calendar feed.

Each domain's service offers its own items as these plain values; the Today page
and the ICS feed gather them without knowing where they came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TodayItem:
    """Something the person may want to do today, shown on the Today page."""

    key: str  # stable, unique among today's items, e.g. "assess:phq9"
    title: str
    detail: str
    href: str  # where doing it starts, a path in this app
    kind: str  # the domain that offered it: "assess", "plan", "together"


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """A reminder in the person's calendar feed: once, or repeating by an RFC 5545 RRULE."""

    uid: str  # stable across feed refreshes, e.g. "plan-practice-12@reconnect"
    title: str
    description: str
    starts: dt.datetime  # timezone-aware
    duration: dt.timedelta
    rrule: str | None = None  # e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"
    href: str | None = None  # a path in this app, made absolute by the feed
