"""The time ranges the dashboard and the report look at, and how they group days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reconnect.core.errors import ValidationFailed
from reconnect.messages import Insights as M

RANGES = ("month", "quarter", "year", "all")
DEFAULT_RANGE = "month"
_DAYS = {"month": 30, "quarter": 91, "year": 365}
BUCKET_DAYS = {"day": 1, "week": 7, "month": 31}


@dataclass(frozen=True)
class Period:
    """Days from ``start`` to ``end`` (both included), grouped by day, week or month."""

    name: str
    start: dt.date
    end: dt.date

    @property
    def bucket(self) -> str:
        """Days for a month or so, weeks up to a year and a half, months beyond."""
        span = (self.end - self.start).days
        return "day" if span <= 62 else "week" if span <= 550 else "month"

    @property
    def bucket_days(self) -> int:
        """About how many days one bucket spans."""
        return BUCKET_DAYS[self.bucket]

    @property
    def first_bucket(self) -> dt.date:
        """The start of the bucket holding the first day."""
        return bucket_of(self.start, self.bucket)

    def contains(self, day: dt.date) -> bool:
        """Whether a day falls in the period."""
        return self.start <= day <= self.end


def bucket_of(day: dt.date, bucket: str) -> dt.date:
    """The first day of the day's bucket (itself, its Monday, or the 1st of its month)."""
    if bucket == "week":
        return day - dt.timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


def period_for(name: str, *, today: dt.date, first_day: dt.date | None = None) -> Period:
    """The named range ending today; 'all' starts on the person's first recorded day."""
    if name not in RANGES:
        raise ValidationFailed(M.RANGE_UNKNOWN.format(choices=", ".join(RANGES)), field="range")
    if name == "all":
        start = min(first_day or today, today - dt.timedelta(days=_DAYS["month"] - 1))
        return Period(name, start, today)
    return Period(name, today - dt.timedelta(days=_DAYS[name] - 1), today)


def between(start: dt.date, end: dt.date) -> Period:
    """A period between two chosen days (for the report)."""
    if start > end:
        raise ValidationFailed(M.RANGE_BACKWARDS, field="start")
    return Period("custom", start, end)
