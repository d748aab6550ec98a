"""Charts as plain SVG text, built from plain data: the one code path for web and PDF.

The SVG uses only elements fpdf2 can draw (rect, line, polyline, circle, text), with
presentation attributes rather than CSS, so the very same string is inlined in the page
and embedded in the PDF. Every chart also carries a data table (its text alternative),
a title and a description. Colours follow the Okabe-Ito palette, darkened where needed so
that every mark has at least 3:1 contrast on white, and series also differ by dash and
marker shape, so nothing relies on colour alone.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 46, 16, 14, 30
LEGEND = 22  # room above the plot for the legend, so it never covers a line
FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
TEXT, MUTED, GRID = "#1f2328", "#4a5058", "#d6d2c8"
BAND_FILLS = ("#f3f1ec", "#e6e2d9")
# (colour, dash pattern, marker shape): blue solid circles, vermillion dashed squares, ...
STYLES = (
    ("#0a5f99", "", "circle"),
    ("#b34700", "6 3", "square"),
    ("#00735a", "2 3", "diamond"),
    ("#7a3d8f", "8 3 2 3", "circle"),
)


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


@dataclass(frozen=True)
class Table:
    """The data behind a chart, as text: its alternative for screen readers and print."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Chart:
    """A finished chart: title, description, SVG text and its data table."""

    key: str
    title: str
    description: str
    svg: str
    table: Table
    notes: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        """Whether there was nothing to draw."""
        return not self.table.rows


def short_date(day: dt.date) -> str:
    """A compact date such as '3 Nov 2026'."""
    return f"{day.day} {day:%b %Y}"


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))


class _Canvas:
    """An SVG root with a title and description, and helpers for the plot area."""

    def __init__(self, key: str, title: str, description: str, height: int = HEIGHT) -> None:
        self.height = height
        self.root = ET.Element(
            "svg",
            {
                "xmlns": "http://www.w3.org/2000/svg",
                "width": str(WIDTH),
                "height": str(height),
                "viewBox": f"0 0 {WIDTH} {height}",
                "role": "img",
                "aria-labelledby": f"{key}-title {key}-desc",
                "font-family": FONT,
            },
        )
        ET.SubElement(self.root, "title", {"id": f"{key}-title"}).text = title
        ET.SubElement(self.root, "desc", {"id": f"{key}-desc"}).text = description
        self.add("rect", x=0, y=0, width=WIDTH, height=height, fill="#ffffff")

    def add(self, tag: str, text: str | None = None, **attrs: object) -> ET.Element:
        clean = {k.rstrip("_").replace("_", "-"): _fmt(v) for k, v in attrs.items()}
        element = ET.SubElement(self.root, tag, clean)
        if text is not None:
            element.text = text
        return element

    def label(self, x: float, y: float, text: str, anchor: str = "middle", **attrs: object) -> None:
        style: dict[str, object] = {"font_size": 11, "fill": MUTED, **attrs}
        self.add("text", text, x=x, y=y, text_anchor=anchor, **style)

    def marker(self, shape: str, x: float, y: float, colour: str) -> None:
        if shape == "square":
            self.add("rect", x=x - 3, y=y - 3, width=6, height=6, fill=colour)
        elif shape == "diamond":
            points = f"{_fmt(x)},{_fmt(y - 4)} {_fmt(x + 4)},{_fmt(y)} {_fmt(x)},{_fmt(y + 4)} "
            self.add("polyline", points=points + f"{_fmt(x - 4)},{_fmt(y)}", fill=colour)
        else:
            self.add("circle", cx=x, cy=y, r=3.2, fill=colour)

    def svg(self) -> str:
        return ET.tostring(self.root, encoding="unicode")


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return str(value)


def _x_scale(start: dt.date, end: dt.date) -> Callable[[dt.date], float]:
    span = max((end - start).days, 1)
    width = WIDTH - LEFT - RIGHT
    return lambda day: LEFT + width * (day - start).days / span


def _y_scale(low: float, high: float, height: int, top: int = TOP) -> Callable[[float], float]:
    span = (high - low) or 1.0
    plot = height - top - BOTTOM
    return lambda value: top + plot * (high - value) / span


def _date_ticks(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
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


def _axes(
    canvas: _Canvas,
    x: Callable[[dt.date], float],
    y: Callable[[float], float],
    x_range: tuple[dt.date, dt.date],
    y_ticks: Sequence[tuple[float, str]],
) -> None:
    for value, text in y_ticks:
        canvas.add("line", x1=LEFT, x2=WIDTH - RIGHT, y1=y(value), y2=y(value), stroke=GRID)
        canvas.label(LEFT - 6, y(value) + 4, text, anchor="end")
    bottom = canvas.height - BOTTOM
    canvas.add("line", x1=LEFT, x2=WIDTH - RIGHT, y1=bottom, y2=bottom, stroke=MUTED)
    for day, text in _date_ticks(*x_range):
        canvas.add("line", x1=x(day), x2=x(day), y1=bottom, y2=bottom + 4, stroke=MUTED)
        canvas.label(x(day), bottom + 17, text)


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
    bands: Sequence[Band] = (),
    value_format: Callable[[float], str] = _number,
    extra_columns: Sequence[tuple[str, dict[dt.date, str]]] = (),
) -> Chart:
    """Lines over time on a fixed value range, with optional labelled bands behind them."""
    legend = LEGEND if len(series) > 1 else 0
    canvas = _Canvas(key, title, description, height=HEIGHT + legend)
    x, y = _x_scale(*x_range), _y_scale(*y_range, HEIGHT + legend, TOP + legend)
    for i, band in enumerate(bands):
        top, bottom = y(min(band.high, y_range[1])), y(max(band.low, y_range[0]))
        canvas.add(
            "rect",
            x=LEFT,
            y=top,
            width=WIDTH - LEFT - RIGHT,
            height=bottom - top,
            fill=BAND_FILLS[i % 2],
        )
        canvas.label(WIDTH - RIGHT - 4, top + 12, band.label, anchor="end", font_size=10)
    _axes(canvas, x, y, x_range, y_ticks)
    for i, line in enumerate(series):
        colour, dash, shape = STYLES[i % len(STYLES)]
        coords = [(x(day), y(value)) for day, value in line.points]
        if len(coords) > 1:
            canvas.add(
                "polyline",
                points=" ".join(f"{_fmt(a)},{_fmt(b)}" for a, b in coords),
                fill="none",
                stroke=colour,
                stroke_width=2,
                **({"stroke_dasharray": dash} if dash else {}),
            )
        for a, b in coords:
            canvas.marker(shape, a, b, colour)
    if len(series) > 1:
        _legend(canvas, [s.name for s in series])
    return Chart(
        key,
        title,
        description,
        canvas.svg(),
        _series_table(series, x_header, value_format, extra_columns),
    )


def _legend(canvas: _Canvas, names: Sequence[str]) -> None:
    x = LEFT + 8
    for i, name in enumerate(names):
        colour, dash, shape = STYLES[i % len(STYLES)]
        canvas.add(
            "line",
            x1=x,
            x2=x + 22,
            y1=TOP + 6,
            y2=TOP + 6,
            stroke=colour,
            stroke_width=2,
            **({"stroke_dasharray": dash} if dash else {}),
        )
        canvas.marker(shape, x + 11, TOP + 6, colour)
        canvas.add("text", name, x=x + 28, y=TOP + 10, font_size=11, fill=TEXT)
        x += 40 + 7 * len(name)


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
    """Horizontal bars, one per label (largest first), each with its count written beside it."""
    height = 2 * TOP + 22 * max(len(bars), 1)
    canvas = _Canvas(key, title, description, height=height)
    top = max((value for _, value in bars), default=0) or 1
    left, width = 150, WIDTH - 150 - RIGHT - 40
    for i, (label, value) in enumerate(bars):
        y = TOP + 22 * i
        canvas.add("text", label, x=left - 8, y=y + 14, text_anchor="end", font_size=12, fill=TEXT)
        canvas.add(
            "rect", x=left, y=y + 3, width=max(width * value / top, 1), height=15, fill=STYLES[0][0]
        )
        canvas.label(left + width * value / top + 6, y + 14, str(value), anchor="start")
    rows = tuple((label, str(value)) for label, value in bars)
    return Chart(key, title, description, canvas.svg(), Table((label_header, value_header), rows))


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
) -> Chart:
    """Counts over time as columns, one per day, week or month."""
    canvas = _Canvas(key, title, description)
    top = max((value for _, value in columns), default=0) or 1
    end = x_range[1] + dt.timedelta(days=bucket_days)
    x, y = _x_scale(x_range[0], end), _y_scale(0, top, HEIGHT)
    ticks = sorted({0, top, *((top // 2,) if top > 3 else ())})
    _axes(canvas, x, y, (x_range[0], end), [(t, str(t)) for t in ticks])
    width = max(x(x_range[0] + dt.timedelta(days=bucket_days)) - x(x_range[0]) - 2, 1.5)
    for day, value in columns:
        canvas.add(
            "rect", x=x(day) + 1, y=y(value), width=width, height=y(0) - y(value), fill=STYLES[2][0]
        )
    rows = tuple((short_date(day), str(value)) for day, value in columns)
    return Chart(key, title, description, canvas.svg(), Table((x_header, value_header), rows))
