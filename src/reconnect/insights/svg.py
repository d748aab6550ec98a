"""The SVG canvas the charts draw on, in two layouts: wide (desktop, PDF) and narrow (phones).

Pages scale an SVG to the width it is given, so a label drawn at 12 units in a 640-unit
picture shrinks to about 6 px on a phone. Each chart is therefore drawn twice from the same
data: at 640 units wide for wider screens and the PDF, and at 320 units with slightly larger
text for phones (about 300 px wide there, so its 14-unit labels stay at 13 px or more); the
stylesheet shows one or the other. Only elements fpdf2 can draw are used (rect, line, polyline,
circle, text), with presentation attributes; fpdf2 ignores the ``<title>`` that every
mark carries as its tooltip.

Each fill and stroke colour also names its role in a class (``fill-text``, ``stroke-grid``,
``fill-series-0``...), so the stylesheet can draw the same marks in the dark theme's colours
(a CSS rule wins over a presentation attribute); the PDF ignores the classes.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from collections.abc import Callable
from dataclasses import dataclass, field

FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
TEXT, MUTED, GRID = "#1f2328", "#4a5058", "#d6d2c8"
BACKGROUND = "#ffffff"
CHAR = 0.6  # a label's width per character, as a share of its font size (DejaVu Sans)
# Each colour's role, named in the class of every element drawn in it (the chart modules
# add their palettes); app.css gives every role a colour in each theme.
ROLES: dict[str, str] = {BACKGROUND: "bg", TEXT: "text", MUTED: "muted", GRID: "grid"}


@dataclass(frozen=True)
class Layout:
    """How wide a rendering is, how large its labels, and its margins."""

    width: int
    font: int
    left: int
    right: int
    suffix: str  # added to element ids, so both renderings can sit on one page

    def text_width(self, text: str, size: float | None = None) -> float:
        """About how wide a label is drawn."""
        return len(text) * CHAR * (size or self.font)


WIDE = Layout(width=640, font=12, left=62, right=16, suffix="")
NARROW = Layout(width=320, font=14, left=56, right=8, suffix="-narrow")


@dataclass(frozen=True)
class Table:
    """The data behind a chart, as text: its alternative for screen readers and print."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Chart:
    """A finished chart: title, description, data table, and its SVG text (wide and
    narrow), drawn when first asked for: the API and the CLI never draw them."""

    key: str
    title: str
    description: str
    draw: Callable[[Layout], str] = field(repr=False, compare=False)
    table: Table
    notes: tuple[str, ...] = field(default=())

    @functools.cached_property
    def svg(self) -> str:
        """The wide rendering (wider screens and the PDF)."""
        return self.draw(WIDE)

    @functools.cached_property
    def narrow(self) -> str:
        """The narrow rendering (phones)."""
        return self.draw(NARROW)

    @property
    def empty(self) -> bool:
        """Whether there was nothing to draw."""
        return not self.table.rows


def drawn(
    key: str, title: str, description: str, draw: Callable[[Layout], str], table: Table
) -> Chart:
    """A chart drawn in both layouts, when asked for."""
    return Chart(key, title, description, draw, table)


def short_date(day: dt.date) -> str:
    """A compact date such as '3 Nov 2026'."""
    return f"{day.day} {day:%b %Y}"


@functools.cache
def long_date(day: dt.date) -> str:
    """A date with its weekday, such as 'Tue 3 Nov 2026' (for tooltips)."""
    return f"{day:%a} {short_date(day)}"


def number(value: float) -> str:
    """A value with at most one decimal, without a trailing zero."""
    return f"{value:.1f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))


def signed(value: float) -> str:
    """A value on the -4..4 grid with its sign, such as '+1.5' or '-2'."""
    text = number(abs(value))
    return "0" if text == "0" else ("+" if value > 0 else "-") + text


def fmt(value: object) -> str:
    """A coordinate as short text."""
    if type(value) is float:
        text = f"{value:.1f}"
        return text[:-2] if text.endswith(".0") else text
    return str(value)


@functools.cache
def _name(key: str) -> str:
    return key.rstrip("_").replace("_", "-")


def _value(value: object) -> str:
    if type(value) is float:
        return fmt(value)
    return str(value) if type(value) is int else html.escape(str(value))


def _roles(fill: object, stroke: object) -> str:
    """The class naming the roles of an element's colours, such as ' class="fill-text"'."""
    names = [
        f"{kind}-{ROLES[colour]}"
        for kind, colour in (("fill", fill), ("stroke", stroke))
        if isinstance(colour, str) and colour in ROLES
    ]
    return f' class="{" ".join(names)}"' if names else ""


def _attrs(attrs: dict[str, object]) -> str:
    roles = _roles(attrs.get("fill"), attrs.get("stroke"))
    return roles + "".join([f' {_name(k)}="{_value(v)}"' for k, v in attrs.items()])


class Canvas:
    """An SVG root with a title and description, and helpers for labels and marks.

    Elements are written straight to text (attribute values quoted, text escaped): a
    year's calendar has hundreds of cells, and a tree of elements cost several times more."""

    def __init__(self, key: str, title: str, description: str, layout: Layout, height: int):
        self.layout, self.height = layout, height
        self.width = layout.width
        key = key + layout.suffix
        root = {
            "xmlns": "http://www.w3.org/2000/svg",
            "width": layout.width,
            "height": height,
            "viewBox": f"0 0 {layout.width} {height}",
            "role": "img",
            "aria-labelledby": f"{key}-title {key}-desc",
            "font-family": FONT,
        }
        self.parts = [
            "<svg" + "".join(f' {k}="{_value(v)}"' for k, v in root.items()) + ">",
            f'<title id="{key}-title">{html.escape(title, quote=False)}</title>',
            f'<desc id="{key}-desc">{html.escape(description, quote=False)}</desc>',
        ]
        self.add("rect", x=0, y=0, width=layout.width, height=height, fill=BACKGROUND)

    def add(self, tag: str, text: str | None = None, **attrs: object) -> None:
        """An element with presentation attributes (``stroke_width`` becomes stroke-width)."""
        inner = "" if text is None else html.escape(text, quote=False)
        self.parts.append(f"<{tag}{_attrs(attrs)}>{inner}</{tag}>")

    def mark(self, tag: str, tip: str, **attrs: object) -> None:
        """A data mark with its tooltip (a ``<title>`` child, read by browsers on hover)."""
        tip = html.escape(tip, quote=False)
        self.parts.append(f"<{tag}{_attrs(attrs)}><title>{tip}</title></{tag}>")

    def square(self, x: int, y: int, size: int, fill: str, stroke: str, tip: str) -> None:
        """A calendar day: a square at whole-unit coordinates, with its tooltip (a year has
        hundreds, so they skip the general attribute formatting)."""
        roles = _roles(fill, stroke)
        head = f'<rect{roles} x="{x}" y="{y}" width="{size}" height="{size}" fill="{fill}" '
        tip = html.escape(tip, quote=False)
        width = ' stroke-width="0.6"' if stroke != GRID else ""
        self.parts.append(f'{head}stroke="{stroke}"{width}><title>{tip}</title></rect>')

    def label(self, x: float, y: float, text: str, anchor: str = "middle", **attrs: object) -> None:
        """A muted label at the layout's font size."""
        style: dict[str, object] = {"font_size": self.layout.font, "fill": MUTED, **attrs}
        self.add("text", text, x=x, y=y, text_anchor=anchor, **style)

    def x_title(self, text: str, left: float, right: float) -> None:
        """An axis title centred under the plot, at the canvas's bottom edge."""
        self.label((left + right) / 2, self.height - 6, text, fill=TEXT)

    def y_title(self, text: str, top: float, bottom: float) -> None:
        """An axis title turned to run up the left edge, centred on the plot."""
        x, y = self.layout.font + 1, (top + bottom) / 2
        self.label(x, y, text, fill=TEXT, transform=f"rotate(-90 {fmt(x)} {fmt(y)})")

    def marker(self, shape: str, x: float, y: float, colour: str, tip: str) -> None:
        """A point drawn as a circle, square or diamond."""
        if shape == "square":
            self.mark("rect", tip, x=x - 3, y=y - 3, width=6, height=6, fill=colour)
        elif shape == "diamond":
            points = f"{fmt(x)},{fmt(y - 4)} {fmt(x + 4)},{fmt(y)} {fmt(x)},{fmt(y + 4)} "
            self.mark("polyline", tip, points=points + f"{fmt(x - 4)},{fmt(y)}", fill=colour)
        else:
            self.mark("circle", tip, cx=x, cy=y, r=3.2, fill=colour)

    def svg(self) -> str:
        """The finished SVG text."""
        return "".join(self.parts) + "</svg>"
