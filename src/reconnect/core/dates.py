"""Date parsing and formatting helpers, and the time zones days are read in."""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from functools import cache
from pathlib import Path

UTC_NAME = "UTC"


def parse_date(value: str) -> dt.date | None:
    """An ISO date (YYYY-MM-DD), or None if it is not one."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


@cache
def time_zones() -> tuple[str, ...]:
    """Every IANA time zone name this machine knows, sorted."""
    return tuple(sorted(zoneinfo.available_timezones() | {UTC_NAME}))


def is_time_zone(name: str) -> bool:
    """Whether ``name`` is an IANA time zone name this machine knows, such as Europe/London."""
    return name in time_zones()


def zone(name: str | None) -> dt.tzinfo:
    """The time zone of that name; None (or a name this machine has lost) is UTC."""
    if name and is_time_zone(name):
        return zoneinfo.ZoneInfo(name)
    return dt.UTC


def machine_zone_name() -> str:
    """This machine's own IANA time zone name, or "UTC" when it has none (only a fixed
    offset, or no zone file)."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    localtime, named = Path("/etc/localtime"), Path("/etc/timezone")  # the second: Debian's
    if localtime.is_symlink():
        candidates.append(str(localtime.resolve()).partition("zoneinfo/")[2])
    if named.is_file():
        candidates.append(named.read_text(encoding="utf-8", errors="replace").strip())
    return next((name for name in candidates if name and is_time_zone(name)), UTC_NAME)


def today(zone_name: str | None = None) -> dt.date:
    """Today's date in the named time zone (None: this machine's)."""
    if zone_name is None:
        return dt.date.today()
    return dt.datetime.now(zone(zone_name)).date()


def local_date(moment: dt.datetime, zone_name: str | None) -> dt.date:
    """The day an aware moment falls on in the named time zone."""
    return moment.astimezone(zone(zone_name)).date()


def day_start(day: dt.date, zone_name: str | None) -> dt.datetime:
    """The first moment of a day in the named time zone, aware."""
    return dt.datetime.combine(day, dt.time.min, tzinfo=zone(zone_name))


def human_date(value: dt.date) -> str:
    """A friendly date such as 'Tue 24 Nov 2026'."""
    return value.strftime("%a %-d %b %Y")


def human_datetime(value: dt.datetime, zone_name: str | None = None) -> str:
    """A friendly date and time in the named time zone (None: this machine's)."""
    local = value.astimezone(zone(zone_name)) if zone_name else value.astimezone()
    return local.strftime("%a %-d %b %Y, %H:%M")
