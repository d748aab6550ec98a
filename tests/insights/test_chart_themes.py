"""The charts' colours in the stylesheet: each colour the SVG is drawn in names its role in a
class, the light theme gives every role the very colour the SVG (and the PDF) uses, and the
dark theme draws every mark at 3:1 or more against the dark chart surface."""

from __future__ import annotations

import re
from pathlib import Path

from defusedxml import ElementTree as ET

from reconnect.insights import charts, grids, svg

CSS = (Path(__file__).resolve().parents[2] / "src/reconnect/web/static/css/app.css").read_text()


def _tokens(opening: str) -> dict[str, str]:
    start = CSS.index(opening) + len(opening)
    block = CSS[start : CSS.index("}", start)]
    return dict(re.findall(r"(--[a-z0-9-]+):\s*([^;]+);", block))


LIGHT = _tokens(":root {")
DARK = _tokens(':root[data-theme="dark"] {')


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _token(role: str) -> str:
    """The custom property the stylesheet draws a role in."""
    if role == "bg":
        return "--chart-surface"
    return f"--chart-{role}"


def test_every_chart_colour_has_a_role_with_a_rule_in_the_stylesheet() -> None:
    colours = {colour for colour, _, _ in charts.STYLES} | set(charts.BAND_FILLS)
    colours |= set(grids.DIVERGING) | {grids.OUTLINE, svg.TEXT, svg.MUTED, svg.GRID}
    for colour in colours:
        role = svg.ROLES[colour]
        assert f"svg .fill-{role}" in CSS or f"svg .stroke-{role}" in CSS, role


def test_the_light_theme_draws_each_role_in_the_svg_s_own_colour() -> None:
    for colour, role in svg.ROLES.items():
        assert LIGHT[_token(role)] == colour, role


def test_every_dark_mark_has_three_to_one_contrast_on_the_dark_surface() -> None:
    surface = DARK["--chart-surface"]
    assert surface == DARK["--card"]  # no bright panel inside a dark card
    marks = [f"--chart-series-{i}" for i in range(len(charts.STYLES))]
    for name in [*marks, "--chart-outline", "--chart-referral", "--accent"]:
        assert _contrast(DARK[name], surface) >= 3.0, name
    for name in ("--chart-text", "--chart-muted"):
        assert _contrast(DARK[name], surface) >= 4.5, name
    for name in ("--chart-band-0", "--chart-band-1", "--chart-grid"):  # quiet, behind the marks
        assert _contrast(DARK[name], surface) < 2.0, name


def test_the_svg_names_the_roles_of_its_colours_in_classes() -> None:
    chart = charts.bar_chart(
        key="words",
        title="Feelings",
        description="Counts.",
        bars=[("calm", 3)],
        label_header="Feeling",
        value_header="Times",
    )
    root = ET.fromstring(chart.svg)
    classes = {element.get("class") for element in root.iter()}
    assert {"fill-bg", "fill-text", "fill-series-0", "fill-muted"} <= classes
