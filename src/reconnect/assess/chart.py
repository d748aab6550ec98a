"""A small history chart as plain numbers for a server-rendered SVG (no JavaScript).

Drawn twice: 600 units wide for wider screens and 320 units for phones (the stylesheet
shows one), so the labels stay at least 13 px on a 390 px phone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

HEIGHT, TOP, BOTTOM, RIGHT = 220, 14, 46, 14
LAYOUTS = {"wide": (600, 12, 54), "narrow": (320, 14, 56)}  # width, font size, left margin


@dataclass(frozen=True)
class Point:
    """One result placed on the chart."""

    x: float
    y: float
    label: str
    value: float


@dataclass(frozen=True)
class Chart:
    """Points, a polyline and the lines marking the lowest, highest and referral scores."""

    width: int
    height: int
    points: tuple[Point, ...]
    polyline: str
    low_y: float
    high_y: float
    referral_y: float | None
    font: int = 12
    left: int = 54
    right: int = 586
    suffix: str = ""

    @property
    def middle_y(self) -> float:
        """The middle of the plot, where the score axis title is centred."""
        return round((self.low_y + self.high_y) / 2, 1)


def build(
    values: Sequence[tuple[str, float]],
    *,
    low: float,
    high: float,
    referral: float | None = None,
    layout: str = "wide",
) -> Chart:
    """Place (label, score) pairs, oldest first, evenly across the width."""
    width, font, left = LAYOUTS[layout]
    span = (high - low) or 1.0

    def y_of(value: float) -> float:
        return round(HEIGHT - BOTTOM - (value - low) / span * (HEIGHT - TOP - BOTTOM), 1)

    right = width - RIGHT - 8
    step = (right - left) / max(len(values) - 1, 1)
    points = tuple(
        Point(round(left + i * step, 1), y_of(value), label, value)
        for i, (label, value) in enumerate(values)
    )
    return Chart(
        width=width,
        height=HEIGHT,
        points=points,
        polyline=" ".join(f"{p.x},{p.y}" for p in points),
        low_y=y_of(low),
        high_y=y_of(high),
        referral_y=y_of(referral) if referral is not None else None,
        font=font,
        left=left,
        right=right,
        suffix="" if layout == "wide" else "-narrow",
    )
