"""The charts mood apps are known for, from rows the dashboard reads anyway: a year of days,
the grid the check-ins were made on, how moods are spread, and sleep beside mood.

Pure: the grid places (at most 81 counts per range), the days' mood means and the days'
sleep come in as plain data, so the page, the PDF and the tests share these builders.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence

from reconnect.insights import grids
from reconnect.insights.charts import bar_chart
from reconnect.insights.periods import Period, bucket_of
from reconnect.insights.sections import axis_title, bucket_header, point_label
from reconnect.insights.svg import (
    Canvas,
    Chart,
    Layout,
    Table,
    drawn,
    long_date,
    number,
    short_date,
    signed,
)
from reconnect.journal import vocabulary
from reconnect.journal.service import GridCount, MoodPoint
from reconnect.messages import Checkins as CM
from reconnect.messages import Insights as M

CALENDAR_WEEKS = 53


def checkins(count: int) -> str:
    """'1 check-in' or 'n check-ins'."""
    return M.CHECKINS_ONE if count == 1 else M.CHECKINS_MANY.format(count=count)


def calendar_span(end: dt.date) -> tuple[dt.date, dt.date]:
    """The 53 weeks, Monday to Sunday, up to the week of ``end``: the last 12 months."""
    monday = end - dt.timedelta(days=end.weekday())
    return monday - dt.timedelta(weeks=CALENDAR_WEEKS - 1), end


def calendar_chart(days: Sequence[MoodPoint], end: dt.date) -> Chart:
    """Each day of the last 12 months coloured by its mean pleasantness (blank: none)."""
    start, end = calendar_span(end)
    shown = [p for p in days if start <= p.day <= end]
    cells = [
        grids.Day(
            p.day,
            p.pleasantness,
            M.CALENDAR_MARK.format(
                when=long_date(p.day), value=signed(p.pleasantness), checkins=checkins(p.checkins)
            ),
        )
        for p in shown
    ]
    title = M.CALENDAR_TITLE
    description = M.CALENDAR_DESC.format(start=short_date(start), end=short_date(end))
    rows = tuple((short_date(p.day), signed(p.pleasantness), str(p.checkins)) for p in shown)

    def draw(layout: Layout) -> str:
        return grids.calendar_svg(
            _canvas("calendar", title, description), layout, cells, start, end
        )

    table = Table((M.DAY, M.PLEASANTNESS, M.CHECKINS_COLUMN), rows)
    return drawn("calendar", title, description, draw, table)


def _canvas(key: str, title: str, description: str) -> Callable[[Layout, int], Canvas]:
    def make(layout: Layout, height: int) -> Canvas:
        return Canvas(key, title, description, layout, height)

    return make


def grid_chart(counts: Sequence[GridCount]) -> Chart:
    """The check-ins of a range on the pleasantness x energy grid, sized by count."""
    ordered = sorted(counts, key=lambda c: (-c.checkins, -c.energy, c.pleasantness))
    spots = [
        grids.Spot(
            c.pleasantness,
            c.energy,
            c.checkins,
            M.GRID_MARK.format(
                pleasantness=signed(c.pleasantness),
                energy=signed(c.energy),
                checkins=checkins(c.checkins),
                day=long_date(c.latest),
            ),
        )
        for c in ordered
    ]
    rows = tuple(
        (signed(c.pleasantness), signed(c.energy), str(c.checkins), short_date(c.latest))
        for c in ordered
    )

    def draw(layout: Layout) -> str:
        make = _canvas("grid", M.GRID_TITLE, M.GRID_DESC)
        return grids.grid_svg(make, layout, spots, M.GRID_QUADRANTS)

    table = Table((M.PLEASANTNESS, M.ENERGY, M.CHECKINS_COLUMN, M.LATEST), rows)
    return drawn("grid", M.GRID_TITLE, M.GRID_DESC, draw, table)


def pleasantness_spread(counts: Sequence[GridCount]) -> list[tuple[int, int]]:
    """Check-ins per pleasantness from -4 to 4 (zeros included); empty if there are none."""
    totals: Counter[int] = Counter()
    for c in counts:
        totals[c.pleasantness] += c.checkins
    return [(value, totals[value]) for value in range(-4, 5)] if totals else []


def quadrant_spread(counts: Sequence[GridCount]) -> list[tuple[str, int]]:
    """Check-ins per quadrant, in the check-in page's order; empty if there are none."""
    totals: Counter[str] = Counter()
    for c in counts:
        totals[vocabulary.quadrant_of(c.pleasantness, c.energy)] += c.checkins
    return [(q, totals[q]) for q in vocabulary.QUADRANT_ORDER] if totals else []


def spread_charts(counts: Sequence[GridCount]) -> tuple[Chart, Chart]:
    """A histogram of pleasantness and the check-ins per quadrant."""
    spread = pleasantness_spread(counts)
    columns = [
        (
            signed(value),
            count,
            grids.mood_colour(value),
            M.SPREAD_MARK.format(value=signed(value), checkins=checkins(count)),
        )
        for value, count in spread
    ]

    def draw(layout: Layout) -> str:
        make = _canvas("spread", M.SPREAD_TITLE, M.SPREAD_DESC)
        return grids.columns_svg(make, layout, columns, M.PLEASANTNESS, M.CHECKINS_COLUMN)

    rows = tuple((signed(value), str(count)) for value, count in spread)
    table = Table((M.PLEASANTNESS, M.CHECKINS_COLUMN), rows)
    histogram = drawn("spread", M.SPREAD_TITLE, M.SPREAD_DESC, draw, table)
    quadrants = bar_chart(
        key="quadrants",
        title=M.QUADRANTS_TITLE,
        description=M.QUADRANTS_DESC,
        bars=[(CM.QUADRANTS[q], n) for q, n in quadrant_spread(counts)],
        label_header=M.QUADRANT,
        value_header=M.CHECKINS_COLUMN,
    )
    return histogram, quadrants


def sleep_by_bucket(
    sleep: Sequence[tuple[dt.date, float]], period: Period
) -> list[tuple[dt.date, float]]:
    """The days' mean sleep averaged per bucket of the period, oldest first."""
    groups: dict[dt.date, list[float]] = {}
    for day, hours in sleep:
        if period.contains(day):
            groups.setdefault(bucket_of(day, period.bucket), []).append(hours)
    return [(bucket, sum(hours) / len(hours)) for bucket, hours in sorted(groups.items())]


def sleep_chart(
    sleep: Sequence[tuple[dt.date, float]], mood: Sequence[MoodPoint], period: Period
) -> Chart:
    """Sleep per bucket above, mean pleasantness per bucket below, on one time axis (empty
    when no sleep was noted in the period)."""
    label = point_label(period)
    description = M.SLEEP_DESC.format(bucket=M.BUCKET_NAMES[period.bucket])
    panels = grids.Panels(
        sleep=[
            (day, hours, M.SLEEP_MARK.format(when=label(day), hours=number(round(hours, 1))))
            for day, hours in sleep
        ],
        mood=[
            (
                p.day,
                p.pleasantness,
                M.MARK.format(
                    when=label(p.day), name=M.PLEASANTNESS.lower(), value=signed(p.pleasantness)
                ),
            )
            for p in mood
        ]
        if sleep
        else [],
        x_range=(period.first_bucket, period.end),
        bucket_days=period.bucket_days,
        x_title=axis_title(period),
    )

    def draw(layout: Layout) -> str:
        make = _canvas("sleep", M.SLEEP_TITLE, description)
        return grids.panels_svg(make, layout, panels)

    hours = {day: number(round(h, 1)) for day, h in sleep}
    moods = {p.day: signed(p.pleasantness) for p in mood}
    days = sorted(set(hours) | set(moods)) if sleep else []
    rows = tuple((short_date(d), hours.get(d, "–"), moods.get(d, "–")) for d in days)
    table = Table((bucket_header(period), M.SLEEP_COLUMN, M.PLEASANTNESS), rows)
    return drawn("sleep", M.SLEEP_TITLE, description, draw, table)
