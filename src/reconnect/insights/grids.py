"""The mood charts that are not lines over time: a year calendar, the pleasantness x energy
grid, columns per category and two panels sharing a time axis (sleep beside mood).

Drawn on the same canvas as ``insights.charts`` (wide and narrow renderings, a tooltip on
every mark). Mood colours come from ColorBrewer's purple-orange diverging scale, which
stays distinct for the common forms of colour blindness; its pale middle steps get a dark
outline so every filled cell still stands out 3:1 against white.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reconnect.insights.charts import (
    BAND_FILLS,
    STYLES,
    TOP,
    time_axis,
    value_axis,
    x_scale,
    y_scale,
)
from reconnect.insights.svg import (
    BACKGROUND,
    GRID,
    MUTED,
    ROLES,
    TEXT,
    Canvas,
    Layout,
    fmt,
    long_date,
    signed,
)
from reconnect.messages import Insights as M

# Pleasantness -4 .. +4: orange for unpleasant, purple for pleasant, pale grey between.
DIVERGING = (
    "#b35806",
    "#e08214",
    "#fdb863",
    "#fee0b6",
    "#ececec",
    "#d8daeb",
    "#b2abd2",
    "#8073ac",
    "#542788",
)
OUTLINE = "#595959"  # 7:1 on white: the edge of every filled cell and column
WEEKDAYS = ((0, "Mon"), (2, "Wed"), (4, "Fri"))
ROLES.update({colour: f"mood-{step}" for step, colour in enumerate(DIVERGING)})
ROLES[OUTLINE] = "outline"


def mood_colour(value: float) -> str:
    """The scale's colour for a pleasantness (rounded half away from zero)."""
    step = int(math.copysign(math.floor(abs(value) + 0.5), value))
    return DIVERGING[max(-4, min(4, step)) + 4]


@dataclass(frozen=True)
class Day:
    """One calendar day with check-ins: its mean pleasantness and tooltip."""

    day: dt.date
    value: float
    tip: str


def calendar_svg(
    canvas_of: Callable[[Layout, int], Canvas],
    layout: Layout,
    days: Sequence[Day],
    start: dt.date,
    end: dt.date,
) -> str:
    """Weeks as columns (Monday on top) from ``start`` (a Monday) to ``end``; a phone gets
    the year in three rows of four months each, so the days stay large enough to see."""
    weeks = (end - start).days // 7 + 1
    blocks = 1 if layout.width >= 600 else 3
    per_block = math.ceil(weeks / blocks)
    left = 38
    cell = min(12, (layout.width - left - layout.right) // per_block)
    block = layout.font + 6 + 7 * cell + 10
    legend = TOP + blocks * block + 4
    canvas = canvas_of(layout, legend + 2 * (layout.font + 12))
    by_day = {d.day: d for d in days}
    for b in range(blocks):
        top = TOP + b * block + layout.font + 6
        for row, name in WEEKDAYS:
            canvas.label(left - 4, top + row * cell + cell - 2, name, anchor="end")
        first_week = b * per_block
        for w in range(first_week, min(weeks, first_week + per_block)):
            x = left + (w - first_week) * cell
            monday = start + dt.timedelta(weeks=w)
            _month_label(canvas, monday, x, top - 4, w == first_week, end)
            for row in range(7):
                day = monday + dt.timedelta(days=row)
                if day > end:
                    break
                _day_cell(canvas, day, by_day.get(day), x, top + row * cell, cell)
    _calendar_legend(canvas, legend)
    return canvas.svg()


def _month_label(
    canvas: Canvas, monday: dt.date, x: float, y: float, first: bool, end: dt.date
) -> None:
    """The month's name above the week holding its 1st, or above a row's first week when
    the next month starts at least three weeks later."""
    firsts = [
        day
        for day in (monday + dt.timedelta(days=d) for d in range(7))
        if day.day == 1 and day <= end
    ]
    if firsts:
        month = firsts[0]
    elif first and monday.day <= 10:  # the row starts early in a month: name it too
        month = monday
    else:
        return
    text = f"{month:%b}"
    if x + canvas.layout.text_width(text) <= canvas.width - canvas.layout.right:
        canvas.label(x, y, text, anchor="start")


def _day_cell(canvas: Canvas, when: dt.date, day: Day | None, x: int, y: int, cell: int) -> None:
    if day is None:
        tip = M.CALENDAR_BLANK_MARK.format(when=long_date(when))
        canvas.square(x, y, cell - 2, BACKGROUND, GRID, tip)
    else:
        canvas.square(x, y, cell - 2, mood_colour(day.value), OUTLINE, day.tip)


def _calendar_legend(canvas: Canvas, top: float) -> None:
    layout = canvas.layout
    x = 8 + layout.text_width(M.CALENDAR_LOW) + 4
    canvas.label(x - 4, top + 11, M.CALENDAR_LOW, anchor="end", fill=TEXT)
    for step, colour in enumerate(DIVERGING, start=-4):
        canvas.mark(
            "rect",
            M.CALENDAR_KEY.format(value=signed(step)),
            x=x + 14 * (step + 4),
            y=top,
            width=12,
            height=12,
            fill=colour,
            stroke=OUTLINE,
            stroke_width=0.6,
        )
    canvas.label(x + 14 * 9 + 2, top + 11, M.CALENDAR_HIGH, anchor="start", fill=TEXT)
    below = top + layout.font + 10
    canvas.add("rect", x=x, y=below, width=12, height=12, fill=BACKGROUND, stroke=GRID)
    canvas.label(x + 18, below + 11, M.CALENDAR_BLANK, anchor="start", fill=TEXT)


@dataclass(frozen=True)
class Spot:
    """A place on the grid and how many check-ins were made there."""

    pleasantness: int
    energy: int
    count: int
    tip: str


def grid_svg(
    canvas_of: Callable[[Layout, int], Canvas],
    layout: Layout,
    spots: Sequence[Spot],
    quadrants: dict[str, tuple[str, str]],
) -> str:
    """The -4..4 grid with a circle per place, its area following the count, and the four
    quadrants named around it."""
    wide = layout.width >= 600
    size = 340 if wide else layout.width - layout.left - layout.right
    left = (layout.width - size) / 2 if wide else layout.left
    line = layout.font + 3
    top = TOP + 2 * line + 4
    bottom = top + size
    canvas = canvas_of(layout, int(bottom + layout.font + 10 + 2 * line + 4 + layout.font + 12))

    def x(value: int) -> float:
        return left + size * (value + 4.5) / 9

    def y(value: int) -> float:
        return bottom - size * (value + 4.5) / 9

    half = size / 2
    for i, (qx, qy) in enumerate(((0, 0), (half, 0), (0, half), (half, half))):
        fill = BAND_FILLS[(i in (1, 2))]
        canvas.add("rect", x=left + qx, y=top + qy, width=half, height=half, fill=fill)
    for v in range(-4, 5):
        colour = MUTED if v == 0 else GRID
        canvas.add("line", x1=x(v), x2=x(v), y1=top, y2=bottom, stroke=colour)
        canvas.add("line", x1=left, x2=left + size, y1=y(v), y2=y(v), stroke=colour)
    for v in range(-4, 5, 2):
        canvas.label(x(v), bottom + layout.font + 4, signed(v))
        canvas.label(left - 6, y(v) + 4, signed(v), anchor="end")
    title_x, middle = left - 30, (top + bottom) / 2
    rotate = f"rotate(-90 {fmt(title_x)} {fmt(middle)})"
    canvas.label(title_x, middle, M.GRID_Y_TITLE, fill=TEXT, transform=rotate)
    canvas.x_title(M.GRID_X_TITLE, left, left + size)
    below = bottom + layout.font + 10
    for name, lines in quadrants.items():
        row = TOP if name.startswith("high") else below
        right = name.endswith("_pleasant")
        for n, text in enumerate(lines):
            canvas.label(
                left + size if right else left,
                row + layout.font + n * line,
                text,
                anchor="end" if right else "start",
                fill=TEXT,
            )
    most = max((s.count for s in spots), default=1)
    for spot in spots:
        radius = max(3.0, size / 18 * 0.92 * math.sqrt(spot.count / most))
        canvas.mark(
            "circle",
            spot.tip,
            cx=x(spot.pleasantness),
            cy=y(spot.energy),
            r=radius,
            fill=STYLES[0][0],
            stroke=BACKGROUND,
            stroke_width=1,
        )
    return canvas.svg()


def columns_svg(
    canvas_of: Callable[[Layout, int], Canvas],
    layout: Layout,
    columns: Sequence[tuple[str, int, str, str]],
    x_title: str,
    y_title: str,
) -> str:
    """One column per category (label, count, colour, tooltip), its count written on top."""
    height = 230
    canvas = canvas_of(layout, height)
    top, bottom = TOP + layout.font + 4, height - 48
    most = max((count for _, count, _, _ in columns), default=0) or 1
    y = y_scale(0, most, top, bottom)
    value_axis(canvas, y, [(0, "0"), (most, str(most))], y_title, (top, bottom))
    step = (layout.width - layout.left - layout.right) / max(len(columns), 1)
    for i, (label, count, colour, tip) in enumerate(columns):
        x = layout.left + step * i
        canvas.mark(
            "rect",
            tip,
            x=x + step * 0.15,
            y=y(count),
            width=step * 0.7,
            height=max(y(0) - y(count), 0.5),
            fill=colour,
            stroke=OUTLINE,
            stroke_width=0.6,
        )
        canvas.label(x + step / 2, y(count) - 4, str(count))
        canvas.label(x + step / 2, bottom + layout.font + 5, label)
    canvas.add(
        "line", x1=layout.left, x2=layout.width - layout.right, y1=bottom, y2=bottom, stroke=MUTED
    )
    canvas.x_title(x_title, layout.left, layout.width - layout.right)
    return canvas.svg()


@dataclass(frozen=True)
class Panels:
    """Sleep as columns over mean pleasantness as a line, per day, week or month."""

    sleep: Sequence[tuple[dt.date, float, str]]  # (bucket, hours, tooltip)
    mood: Sequence[tuple[dt.date, float, str]]  # (bucket, pleasantness, tooltip)
    x_range: tuple[dt.date, dt.date]
    bucket_days: int
    x_title: str


def panels_svg(canvas_of: Callable[[Layout, int], Canvas], layout: Layout, p: Panels) -> str:
    """Two panels on one time axis: sleep hours above, pleasantness below."""
    panel, gap = 100, 22
    height = TOP + 2 * panel + gap + 48
    canvas = canvas_of(layout, height)
    end = p.x_range[1] + dt.timedelta(days=p.bucket_days)
    x = x_scale(p.x_range[0], end, layout)
    sleep_top, sleep_bottom = TOP, TOP + panel
    mood_top, mood_bottom = sleep_bottom + gap, sleep_bottom + gap + panel
    most = max(10.0, math.ceil(max((h for _, h, _ in p.sleep), default=0)))
    hours = y_scale(0, most, sleep_top, sleep_bottom)
    half = most / 2
    ticks = [(0.0, "0"), (half, fmt(float(half))), (most, fmt(float(most)))]
    value_axis(canvas, hours, ticks, M.SLEEP_AXIS, (sleep_top, sleep_bottom))
    width = max(x(p.x_range[0] + dt.timedelta(days=p.bucket_days)) - x(p.x_range[0]) - 2, 1.5)
    for day, value, tip in p.sleep:
        canvas.mark(
            "rect",
            tip,
            x=x(day) + 1,
            y=hours(value),
            width=width,
            height=hours(0) - hours(value),
            fill=STYLES[3][0],
        )
    mood = y_scale(-4, 4, mood_top, mood_bottom)
    value_axis(
        canvas, mood, [(-4, "-4"), (0, "0"), (4, "+4")], M.PLEASANTNESS, (mood_top, mood_bottom)
    )
    centre = width / 2 + 1
    coords = [(x(day) + centre, mood(value)) for day, value, _ in p.mood]
    if len(coords) > 1:
        canvas.add(
            "polyline",
            points=" ".join(f"{fmt(a)},{fmt(b)}" for a, b in coords),
            fill="none",
            stroke=STYLES[0][0],
            stroke_width=2,
        )
    for (a, b), (_, _, tip) in zip(coords, p.mood, strict=True):
        canvas.marker("circle", a, b, STYLES[0][0], tip)
    time_axis(canvas, x, (p.x_range[0], end), mood_bottom)
    canvas.x_title(p.x_title, layout.left, layout.width - layout.right)
    return canvas.svg()
