"""Charts as plain SVG text, built from plain data: the one code path for web and PDF.

The SVG uses only elements fpdf2 can draw (rect, line, polyline, circle, text), with
presentation attributes rather than CSS, so the very same string is inlined in the page
and embedded in the PDF (see ``insights.svg`` for the wide and narrow renderings). Every
chart also carries a data table (its text alternative), a title and a description, axis
titles, and a tooltip on every mark. Colours follow the Okabe-Ito palette, darkened where
needed so that every mark has at least 3:1 contrast on white, and series also differ by
dash and marker shape, so nothing relies on colour alone.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reconnect.insights.svg import (
    GRID,
    MUTED,
    ROLES,
    TEXT,
    Canvas,
    Chart,
    Layout,
    Table,
    drawn,
    fmt,
    long_date,
    number,
    short_date,
)
from reconnect.messages import Insights as M

__all__ = ["MUTED", "TEXT", "Chart", "Table", "short_date"]

HEIGHT = 250
TOP, BOTTOM = 14, 48  # BOTTOM holds the tick labels and the x-axis title
LEGEND = 22  # one row of legend above the plot, so it never covers a line
BAND_FILLS = ("#f3f1ec", "#e6e2d9")
# (colour, dash pattern, marker shape): blue solid circles, vermillion dashed squares, ...
STYLES = (
    ("#0a5f99", "", "circle"),
    ("#b34700", "6 3", "square"),
    ("#00735a", "2 3", "diamond"),
    ("#7a3d8f", "8 3 2 3", "circle"),
)
ROLES.update({fill: f"band-{i}" for i, fill in enumerate(BAND_FILLS)})
ROLES.update({colour: f"series-{i}" for i, (colour, _, _) in enumerate(STYLES)})
DateLabel = Callable[[dt.date], str]


@dataclass(frozen=True)
class Series:
    """One named line: (day, value) points, oldest first."""

    name: str
    points: tuple[tuple[dt.date, float], ...]


@dataclass(frozen=True)
class Band:
    """A labelled range of values drawn behind a line (a questionnaire's score range)."""

    label: str
    low: float
    high: float


def x_scale(start: dt.date, end: dt.date, layout: Layout) -> Callable[[dt.date], float]:
    """Days to x positions across the plot."""
    span = max((end - start).days, 1)
    width = layout.width - layout.left - layout.right
    return lambda day: layout.left + width * (day - start).days / span


def y_scale(low: float, high: float, top: float, bottom: float) -> Callable[[float], float]:
    """Values to y positions, ``high`` at ``top`` and ``low`` at ``bottom``."""
    span = (high - low) or 1.0
    return lambda value: top + (bottom - top) * (high - value) / span


def _date_ticks(
    start: dt.date, end: dt.date, layout: Layout | None = None
) -> list[tuple[dt.date, str]]:
    """Tick days and their labels for a span, thinned so the labels never touch."""
    ticks = _all_date_ticks(start, end)
    if layout is None or len(ticks) < 2:
        return ticks
    plot = layout.width - layout.left - layout.right
    per_day = plot / max((end - start).days, 1)
    widest = max(layout.text_width(label) for _, label in ticks) + layout.font
    gap = min((b - a).days for (a, _), (b, _) in itertools.pairwise(ticks))
    stride = max(1, math.ceil(widest / max(gap * per_day, 0.1)))
    return ticks[::stride]


def _all_date_ticks(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    days = (end - start).days
    if days <= 45:
        step = 7 if days > 14 else 2
        return [
            (
                start + dt.timedelta(d),
                f"{(start + dt.timedelta(d)).day} {start + dt.timedelta(d):%b}",
            )
            for d in range(0, days + 1, step)
        ]
    ticks, month = [], dt.date(start.year, start.month, 1)
    every = 1 if days <= 200 else 3 if days <= 800 else 12
    while month <= end:
        if month >= start and (month.month - 1) % every == 0:
            ticks.append((month, f"{month:%b}" if every < 12 else str(month.year)))
        month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    if every == 3:
        ticks = [(d, f"{d:%b %y}") for d, _ in ticks]
    return ticks


def value_axis(
    canvas: Canvas,
    y: Callable[[float], float],
    y_ticks: Sequence[tuple[float, str]],
    title: str,
    span: tuple[float, float],
) -> None:
    """Grid lines and labels for the values, and the axis title beside them."""
    layout = canvas.layout
    for value, text in y_ticks:
        canvas.add(
            "line",
            x1=layout.left,
            x2=canvas.width - layout.right,
            y1=y(value),
            y2=y(value),
            stroke=GRID,
        )
        canvas.label(layout.left - 6, y(value) + 4, text, anchor="end")
    if title:
        canvas.y_title(title, *span)


def time_axis(
    canvas: Canvas, x: Callable[[dt.date], float], x_range: tuple[dt.date, dt.date], bottom: float
) -> None:
    """The baseline and its date ticks."""
    layout = canvas.layout
    canvas.add(
        "line", x1=layout.left, x2=canvas.width - layout.right, y1=bottom, y2=bottom, stroke=MUTED
    )
    for day, text in _date_ticks(*x_range, layout):
        canvas.add("line", x1=x(day), x2=x(day), y1=bottom, y2=bottom + 4, stroke=MUTED)
        # A label at the right edge is moved left rather than cut off.
        centre = min(x(day), canvas.width - 2 - layout.text_width(text) / 2)
        canvas.label(centre, bottom + layout.font + 5, text)


def line_chart(
    *,
    key: str,
    title: str,
    description: str,
    series: Sequence[Series],
    x_range: tuple[dt.date, dt.date],
    y_range: tuple[float, float],
    y_ticks: Sequence[tuple[float, str]],
    x_header: str,
    x_title: str = "",
    y_title: str = "",
    point_label: DateLabel = long_date,
    bands: Sequence[Band] = (),
    value_format: Callable[[float], str] = number,
    extra_columns: Sequence[tuple[str, dict[dt.date, str]]] = (),
) -> Chart:
    """Lines over time on a fixed value range, with optional labelled bands behind them."""

    def draw(layout: Layout) -> str:
        rows = _legend_rows([s.name for s in series], layout) if len(series) > 1 else []
        height = HEIGHT + LEGEND * len(rows)
        canvas = Canvas(key, title, description, layout, height)
        top, bottom = TOP + LEGEND * len(rows), height - BOTTOM
        x, y = x_scale(*x_range, layout), y_scale(*y_range, top, bottom)
        _bands(canvas, bands, y, y_range)
        value_axis(canvas, y, y_ticks, y_title, (top, bottom))
        time_axis(canvas, x, x_range, bottom)
        canvas.x_title(x_title or x_header, layout.left, layout.width - layout.right)
        for i, line in enumerate(series):
            colour, dash, shape = STYLES[i % len(STYLES)]
            coords = [(x(day), y(value)) for day, value in line.points]
            if len(coords) > 1:
                canvas.add(
                    "polyline",
                    points=" ".join(f"{fmt(a)},{fmt(b)}" for a, b in coords),
                    fill="none",
                    stroke=colour,
                    stroke_width=2,
                    **({"stroke_dasharray": dash} if dash else {}),
                )
            for (day, value), (a, b) in zip(line.points, coords, strict=True):
                tip = M.MARK.format(
                    when=point_label(day), name=line.name.lower(), value=value_format(value)
                )
                canvas.marker(shape, a, b, colour, tip)
        for row_index, row in enumerate(rows):
            _legend(canvas, row, TOP + LEGEND * row_index)
        return canvas.svg()

    table = _series_table(series, x_header, value_format, extra_columns)
    return drawn(key, title, description, draw, table)


def _bands(
    canvas: Canvas, bands: Sequence[Band], y: Callable[[float], float], y_range: tuple[float, float]
) -> None:
    layout = canvas.layout
    for i, band in enumerate(bands):
        top, bottom = y(min(band.high, y_range[1])), y(max(band.low, y_range[0]))
        canvas.add(
            "rect",
            x=layout.left,
            y=top,
            width=layout.width - layout.left - layout.right,
            height=bottom - top,
            fill=BAND_FILLS[i % 2],
        )
        # At the plot's left edge: the latest result, the one most looked at, is on the right.
        room = layout.width - layout.left - layout.right - 8
        for n, line in enumerate(wrapped(band.label, room, layout)):
            left = layout.left + 4
            canvas.label(left, top + layout.font * (n + 1) + 2 * n, line, anchor="start")


def wrapped(text: str, room: float, layout: Layout) -> list[str]:
    """A label broken into lines at spaces, each about as wide as the room (a phone's
    narrow plot cannot hold a questionnaire's longest range name on one line)."""
    lines = [""]
    for word in text.split(" "):
        candidate = f"{lines[-1]} {word}".strip()
        if lines[-1] and layout.text_width(candidate) > room:
            lines.append(word)
        else:
            lines[-1] = candidate
    return lines


def _legend_rows(names: Sequence[str], layout: Layout) -> list[list[tuple[int, str]]]:
    """The legend's items (series index, name), wrapped into rows that fit the width."""
    rows: list[list[tuple[int, str]]] = [[]]
    used = 0.0
    for i, name in enumerate(names):
        width = 40 + layout.text_width(name)
        if rows[-1] and layout.left + 8 + used + width > layout.width - layout.right:
            rows.append([])
            used = 0.0
        rows[-1].append((i, name))
        used += width
    return rows


def _legend(canvas: Canvas, items: Sequence[tuple[int, str]], top: float) -> None:
    x = canvas.layout.left + 8.0
    for i, name in items:
        colour, dash, shape = STYLES[i % len(STYLES)]
        canvas.add(
            "line",
            x1=x,
            x2=x + 22,
            y1=top + 6,
            y2=top + 6,
            stroke=colour,
            stroke_width=2,
            **({"stroke_dasharray": dash} if dash else {}),
        )
        canvas.marker(shape, x + 11, top + 6, colour, name)
        canvas.add("text", name, x=x + 28, y=top + 11, font_size=canvas.layout.font, fill=TEXT)
        x += 40 + canvas.layout.text_width(name)


def _series_table(
    series: Sequence[Series],
    x_header: str,
    value_format: Callable[[float], str],
    extra_columns: Sequence[tuple[str, dict[dt.date, str]]],
) -> Table:
    days = sorted({day for s in series for day, _ in s.points})
    by_series = [dict(s.points) for s in series]
    rows = tuple(
        (
            short_date(day),
            *(value_format(v[day]) if day in v else "–" for v in by_series),
            *(column.get(day, "") for _, column in extra_columns),
        )
        for day in days
    )
    headers = (x_header, *(s.name for s in series), *(name for name, _ in extra_columns))
    return Table(headers, rows)


def bar_chart(
    *,
    key: str,
    title: str,
    description: str,
    bars: Sequence[tuple[str, int]],
    label_header: str,
    value_header: str,
) -> Chart:
    """Horizontal bars, one per label, each with its count written beside it (on phones
    the label sits above its bar, so long names keep the bars wide)."""
    top = max((value for _, value in bars), default=0) or 1

    def draw(layout: Layout) -> str:
        above = layout.width < 480
        step = layout.font + 24 if above else 22
        canvas = Canvas(key, title, description, layout, 2 * TOP + step * max(len(bars), 1))
        longest = max((layout.text_width(label) for label, _ in bars), default=0)
        left = 8 if above else min(max(150, longest + 16), layout.width * 0.45)
        width = layout.width - left - layout.right - 40
        for i, (label, value) in enumerate(bars):
            y = TOP + step * i
            bar_top = y + layout.font + 5 if above else y + 3
            canvas.add(
                "text",
                label,
                x=left if above else left - 8,
                y=y + layout.font if above else y + 14,
                text_anchor="start" if above else "end",
                font_size=layout.font,
                fill=TEXT,
            )
            canvas.mark(
                "rect",
                M.BAR_MARK.format(label=label, count=value),
                x=left,
                y=bar_top,
                width=max(width * value / top, 1),
                height=15,
                fill=STYLES[0][0],
            )
            canvas.label(left + width * value / top + 6, bar_top + 12, str(value), anchor="start")
        return canvas.svg()

    rows = tuple((label, str(value)) for label, value in bars)
    return drawn(key, title, description, draw, Table((label_header, value_header), rows))


def column_chart(
    *,
    key: str,
    title: str,
    description: str,
    columns: Sequence[tuple[dt.date, int]],
    x_range: tuple[dt.date, dt.date],
    bucket_days: int,
    x_header: str,
    value_header: str,
    x_title: str = "",
    point_label: DateLabel = long_date,
) -> Chart:
    """Counts over time as columns, one per day, week or month."""
    top = max((value for _, value in columns), default=0) or 1
    end = x_range[1] + dt.timedelta(days=bucket_days)
    ticks = sorted({0, top, *((top // 2,) if top > 3 else ())})

    def draw(layout: Layout) -> str:
        canvas = Canvas(key, title, description, layout, HEIGHT)
        bottom = HEIGHT - BOTTOM
        x, y = x_scale(x_range[0], end, layout), y_scale(0, top, TOP, bottom)
        value_axis(canvas, y, [(t, str(t)) for t in ticks], value_header, (TOP, bottom))
        time_axis(canvas, x, (x_range[0], end), bottom)
        canvas.x_title(x_title or x_header, layout.left, layout.width - layout.right)
        width = max(x(x_range[0] + dt.timedelta(days=bucket_days)) - x(x_range[0]) - 2, 1.5)
        for day, value in columns:
            canvas.mark(
                "rect",
                M.MARK.format(when=point_label(day), name=value_header.lower(), value=value),
                x=x(day) + 1,
                y=y(value),
                width=width,
                height=y(0) - y(value),
                fill=STYLES[2][0],
            )
        return canvas.svg()

    rows = tuple((short_date(day), str(value)) for day, value in columns)
    return drawn(key, title, description, draw, Table((x_header, value_header), rows))
