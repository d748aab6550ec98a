"""Date parsing and formatting helpers."""

from __future__ import annotations

import datetime as dt


def parse_date(value: str) -> dt.date | None:
    """An ISO date (YYYY-MM-DD), or None if it is not one."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def today() -> dt.date:
    """Today's date on this machine."""
    return dt.date.today()


def human_date(value: dt.date) -> str:
    """A friendly date such as 'Tue 24 Nov 2026'."""
    return value.strftime("%a %-d %b %Y")


def human_datetime(value: dt.datetime) -> str:
    """A friendly local date and time."""
    return value.astimezone().strftime("%a %-d %b %Y, %H:%M")
