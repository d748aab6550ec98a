"""Weekdays, times and time zones for practice reminders (pure helpers)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from reconnect.core import dates
from reconnect.core.errors import ValidationFailed
from reconnect.messages import Plan as PM

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # RFC 5545 BYDAY, Monday first
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_SPREAD = {
    1: ("SU",),
    2: ("TU", "SA"),
    3: ("MO", "WE", "FR"),
    4: ("MO", "TU", "TH", "SA"),
    5: ("MO", "TU", "WE", "TH", "FR"),
    6: ("MO", "TU", "WE", "TH", "FR", "SA"),
    7: WEEKDAY_CODES,
}


def default_days(times_per_week: int) -> list[str]:
    """Weekdays spread across the week for a number of times a week."""
    return list(_SPREAD[max(1, min(7, times_per_week))])


def clean_days(days: Sequence[str]) -> list[str]:
    """Weekday codes, upper-cased, de-duplicated, Monday first; raises on unknown ones."""
    chosen = {day.strip().upper()[:2] for day in days if day.strip()}
    unknown = chosen - set(WEEKDAY_CODES)
    if unknown:
        raise ValidationFailed(
            PM.DAYS_INVALID.format(days=", ".join(sorted(unknown))), field="days"
        )
    return [code for code in WEEKDAY_CODES if code in chosen]


def clean_time(value: str) -> str:
    """A time of day as HH:MM; raises unless it is one."""
    found = _TIME.match(value.strip())
    if not found or int(found.group(1)) > 23 or int(found.group(2)) > 59:
        raise ValidationFailed(PM.TIME_INVALID.format(value=value), field="at_time")
    return f"{int(found.group(1)):02d}:{found.group(2)}"


def next_start(since: dt.datetime, days: Sequence[str], at_time: str, zone: str) -> dt.datetime:
    """The first planned moment on or after a day, aware in the person's time zone."""
    tz = dates.zone(zone)
    local = since.astimezone(tz).date()
    time = dt.time.fromisoformat(at_time)
    for offset in range(7):
        day = local + dt.timedelta(days=offset)
        if WEEKDAY_CODES[day.weekday()] in days:
            return dt.datetime.combine(day, time, tzinfo=tz)
    return dt.datetime.combine(local, time, tzinfo=tz)
